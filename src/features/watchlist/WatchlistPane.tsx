import { useT } from '../script/useScript';

/** The watchlist pane. Until stocks can be watched it says plainly that it is empty. */
export function WatchlistPane() {
  const t = useT();
  return (
    <div className="watchlist" data-testid="watchlist">
      <h2 className="pane-title">{t('watchlist')}</h2>
      <p className="pane-empty">{t('watchlistEmpty')}</p>
    </div>
  );
}
