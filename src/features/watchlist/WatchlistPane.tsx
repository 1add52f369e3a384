import { lazy, Suspense } from 'react';
import { useT } from '../../shared/script/useScript';
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
  return (
    <div className="watchlist" data-testid="watchlist">
      <h2 className="pane-title">
        {t('watchlist')}
        <Suspense fallback={null}>
          <WatchCount />
        </Suspense>
      </h2>
      <Suspense fallback={<p className="pane-empty">{t('loading')}</p>}>
        <WatchlistBody onOpenMention={onOpenMention} />
      </Suspense>
    </div>
  );
}
