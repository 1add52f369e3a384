import { useMemo, useState } from 'react';
import { stockKey } from '../../core/stocks/normalise';
import { liveEntries } from '../../core/watchlist/entries';
import { useWatchlist } from '../../store/watchlist';
import { useT } from '../../shared/script/useScript';
import { ReorderList } from './ReorderList';
import { useLibraryMentions } from './useLibraryMentions';
import { useStockName } from './useStockName';
import { WatchItem } from './WatchItem';
import { WatchTransfer } from './WatchTransfer';

interface Props {
  onOpenMention: (() => void) | undefined;
}

/**
 * The watched stocks in the reader's order, each with its note and every place the library
 * mentions it; export and import. Empty means empty: it says so and how to add a stock, and
 * shows nothing made up.
 */
export default function WatchlistBody({ onOpenMention }: Props) {
  const t = useT();
  const entries = useWatchlist((s) => s.entries);
  const list = useMemo(() => liveEntries(entries), [entries]);
  const keys = useMemo(() => list.map(stockKey), [list]);
  const mentions = useLibraryMentions();
  const nameOf = useStockName();
  const [announcement, setAnnouncement] = useState('');
  const place = (key: string, index: number) => {
    if (index < 0 || index >= keys.length || keys.indexOf(key) === index) return false;
    useWatchlist.getState().moveTo(key, index);
    return true;
  };
  // The move buttons and Alt+↑/↓ say where the stock went; a drag says so itself (ReorderList).
  const move = (key: string, index: number) => {
    if (place(key, index)) setAnnouncement(`${t('wlMovedTo')} ${index + 1} ${t('wlPositionSuffix')}`);
  };

  return (
    <>
      <WatchTransfer list={list} />
      {list.length === 0 ? (
        <p className="pane-empty" data-testid="watchlist-empty">
          {t('watchlistEmpty')}
        </p>
      ) : (
        <ReorderList keys={keys} nameOf={(key) => nameOf(entries[key]!)} onMove={place}>
          <ol className="wl-items" aria-label={t('watchlistLabel')}>
          {list.map((entry, index) => {
            const key = keys[index]!;
            return (
              <WatchItem
                key={key}
                entry={entry}
                index={index}
                count={list.length}
                mentions={mentions ? (mentions.get(key) ?? []) : undefined}
                onMove={move}
                onOpenMention={onOpenMention}
              />
            );
          })}
          </ol>
        </ReorderList>
      )}
      <p className="wl-sr-only" role="status">
        {announcement}
      </p>
    </>
  );
}
