import { lazy, Suspense } from 'react';
import { useT } from '../../shared/script/useScript';
import { useLive } from '../../shared/useLive';
import './stock-card.css';
import './watchlist.css';

/** The list, its mentions, export and import are their own chunk: first paint needs only the title. */
const WatchlistBody = lazy(() => import('./WatchlistBody'));
const WatchCount = lazy(() => import('./WatchCount'));

interface Props {
  /** Called after a mention is opened (the phone layout then shows the reading pane). */
  onOpenMention?: () => void;
}

/** The watchlist pane: its title with how many stocks are watched, then the list. */
export function WatchlistPane({ onOpenMention }: Props) {
  const t = useT();
  const live = useLive();
  const loading = <p className="pane-empty">{t('loading')}</p>;
  return (
    <div className="watchlist" data-testid="watchlist">
      <h2 className="pane-title">
        {t('watchlist')}
        <Suspense fallback={null}>{live && <WatchCount />}</Suspense>
      </h2>
      <Suspense fallback={loading}>{live ? <WatchlistBody onOpenMention={onOpenMention} /> : loading}</Suspense>
    </div>
  );
}
