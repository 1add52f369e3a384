import { Component, type ErrorInfo, type ReactNode } from 'react';
import { UI } from '../core/ui/strings';

interface Props {
  children: ReactNode;
  /** Where the failure happened, shown to the reader ("目錄", "閱讀" …). */
  area?: string;
  /** Changing this key clears the error (e.g. opening another article). */
  resetKey?: string;
}

interface State {
  error: Error | undefined;
  resetKey: string | undefined;
}

/**
 * Shows a useful message instead of a blank screen. Texts here are plain Traditional: the
 * boundary must not depend on the conversion machinery that may be what failed.
 */
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
    return (
      <div role="alert" className="error-box">
        <h2>
          {UI.errorTitle}
          {this.props.area ? `：${this.props.area}` : ''}
        </h2>
        <p>{UI.errorBody}</p>
        <p className="error-detail">
          <code>{error.message || String(error)}</code>
        </p>
        <div className="error-actions">
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            {UI.errorRetry}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {UI.errorReload}
          </button>
        </div>
      </div>
    );
  }
}
