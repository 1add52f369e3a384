import { lazy, Suspense } from 'react';
import type { PageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { useLive } from '../../shared/useLive';
import './notebook.css';

/** The list, its filters and the export are their own chunk: first paint needs only the title. */
const NotebookBody = lazy(() => import('./NotebookBody'));

interface Props {
  view: PageView | undefined;
  /** Called after a highlight is opened (the phone layout then shows the reading pane). */
  onOpen?: () => void;
}

/** The notebook: every highlight and note of the open page, then of the rest of the library. */
export function NotebookPane({ view, onOpen }: Props) {
  const t = useT();
  const live = useLive();
  const loading = <p className="pane-empty">{t('loading')}</p>;
  return (
    <div className="notebook" data-testid="notebook">
      <h2 className="pane-title">{t('notebook')}</h2>
      <Suspense fallback={loading}>{live ? <NotebookBody view={view} {...(onOpen ? { onOpen } : {})} /> : loading}</Suspense>
    </div>
  );
}
