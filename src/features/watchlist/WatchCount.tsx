import { isWatched } from '../../core/watchlist/entries';
import { useWatchlist } from '../../store/watchlist';
import { useT } from '../../shared/script/useScript';

/** How many stocks are watched, beside the pane's title (loads with the store, after first paint). */
export default function WatchCount() {
  const t = useT();
  const count = useWatchlist((s) => Object.keys(s.entries).filter((key) => isWatched(s.entries, key)).length);
  if (count === 0) return null;
  return (
    <span className="pane-subtitle">
      {count} {t('wlWatchCount')}
    </span>
  );
}
