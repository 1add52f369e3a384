import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { UiKey } from '../core/ui/strings';
import { useT } from '../shared/script/useScript';

interface Props {
  children: ReactNode;
  /** Where the failure happened, shown to the reader in their script ("目錄", "閱讀" …). */
  area?: UiKey;
  /** Changing this key clears the error (e.g. opening another article). */
  resetKey?: string;
  /** What to show instead of the message, when there is a working substitute. */
  fallback?: ReactNode;
}

interface State {
  error: Error | undefined;
  resetKey: string | undefined;
}

/** Shows a useful message instead of a blank screen; the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Broadsheet: a part of the screen failed', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    return <ErrorMessage error={error} area={this.props.area} onRetry={() => this.setState({ error: undefined })} />;
  }
}

function ErrorMessage({ error, area, onRetry }: { error: Error; area: UiKey | undefined; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="error-box">
      <h2>
        {t('errorTitle')}
        {area ? `：${t(area)}` : ''}
      </h2>
      <p>{t('errorBody')}</p>
      <p className="error-detail">
        <code>{error.message || String(error)}</code>
      </p>
      <div className="error-actions">
        <button type="button" onClick={onRetry}>
          {t('errorRetry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('errorReload')}
        </button>
      </div>
    </div>
  );
}
