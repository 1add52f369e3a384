import { useMemo, useState } from 'react';
import type { Highlight } from '../../core/highlights';
import { stockKey } from '../../core/stocks/normalise';
import { liveEntries } from '../../core/watchlist/entries';
import { useWatchlist } from '../../store/watchlist';
import { byCitedMove, useCitedMoves } from '../series';
import { useT } from '../../shared/script/useScript';
import { ReorderList } from './ReorderList';
import { useLibraryMentions, useStockHighlights } from './useLibraryMentions';
import { useStockName } from './useStockName';
import { WatchItem } from './WatchItem';
import { WatchTransfer } from './WatchTransfer';

const NONE: readonly Highlight[] = [];

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
  const own = useMemo(() => liveEntries(entries), [entries]);
  const ownKeys = useMemo(() => own.map(stockKey), [own]);
  // Sorted by the latest move the library's pages cite: a view of the list, not a new order of it.
  const [sort, setSort] = useState<'own' | 'move'>('own');
  const moves = useCitedMoves(ownKeys);
  const keys = useMemo(() => (sort === 'move' ? byCitedMove(ownKeys, moves) : ownKeys), [sort, ownKeys, moves]);
  const list = useMemo(() => keys.map((key) => entries[key]!), [keys, entries]);
  const mentions = useLibraryMentions();
  const highlights = useStockHighlights();
  const nameOf = useStockName();
  const [announcement, setAnnouncement] = useState('');
  const place = (key: string, index: number) => {
    if (sort !== 'own') return false;
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
      <WatchTransfer list={own} />
      {own.length > 1 && (
        <label className="wl-sort">
          {t('seSortLabel')}
          <select value={sort} data-testid="watchlist-sort" onChange={(e) => setSort(e.target.value === 'move' ? 'move' : 'own')}>
            <option value="own">{t('seSortOwn')}</option>
            <option value="move">{t('seSortMove')}</option>
          </select>
        </label>
      )}
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
                highlights={highlights?.get(key) ?? NONE}
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
