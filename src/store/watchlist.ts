import { create } from 'zustand';
// Each from its own module (not the core/watchlist index): the store is on the first-paint path
// and CSV, JSON and the mention index are not.
import { addEntry, placeAt, removeEntry, setNote } from '../core/watchlist/entries';
import { importStocks } from '../core/watchlist/import';
import { mergeStored, pruneTombstones } from '../core/watchlist/merge';
import type { ImportedStock } from '../core/watchlist/rows';
import type { NewWatch } from '../core/watchlist/watch-entry';
import { persisted } from './persisted';
import { WATCHLIST_SHAPE, type WatchlistFacts } from './shapes/watchlist';

export type { WatchlistFacts } from './shapes/watchlist';

interface WatchlistState extends WatchlistFacts {
  add: (stock: NewWatch) => void;
  remove: (key: string) => void;
  setNote: (key: string, note: string) => void;
  /** Moves a watched stock to `index` in the list (drag and drop, move buttons, Alt+↑/↓). */
  moveTo: (key: string, index: number) => void;
  /** Merges imported stocks in; returns how many were new and how many already there. */
  importStocks: (stocks: readonly ImportedStock[]) => { added: number; already: number };
}

export const WATCHLIST_STORE = WATCHLIST_SHAPE.key;

/**
 * In localStorage, read synchronously (so the list is there at first paint). Entries that fail
 * their schema are left out (the rest is kept; the value is copied aside and reported: see
 * `persisted`). Each write merges in what another tab wrote since this one last read, rather
 * than overwriting it, and prunes old tombstones.
 */
export const useWatchlist = create<WatchlistState>()(
  persisted<WatchlistState, WatchlistFacts>(
    WATCHLIST_SHAPE,
    (set, get) => ({
      ...WATCHLIST_SHAPE.defaults,
      add: (stock) => set((s) => ({ entries: addEntry(s.entries, stock, Date.now()) })),
      remove: (key) => set((s) => ({ entries: removeEntry(s.entries, key, Date.now()) })),
      setNote: (key, note) => set((s) => ({ entries: setNote(s.entries, key, note, Date.now()) })),
      moveTo: (key, index) => set((s) => ({ entries: placeAt(s.entries, key, index, Date.now()) })),
      importStocks: (stocks) => {
        const { entries, added, already } = importStocks(get().entries, stocks, Date.now());
        set({ entries });
        return { added, already };
      },
    }),
    {
      partialize: (s): WatchlistFacts => ({ entries: s.entries }),
      beforeWrite: (mine, stored, now) => ({
        entries: pruneTombstones(stored ? mergeStored(mine.entries, stored.entries, now) : mine.entries, now),
      }),
      // Hydration and every rehydration (another tab wrote) merge what is stored into what is held.
      merge: (stored, current) => {
        const entries = mergeStored(current.entries, stored.entries, Date.now());
        return entries === current.entries ? current : { ...current, entries };
      },
    },
  ),
);

/**
 * Keeps this tab in step with others: another tab's write fires `storage` here, and the list is
 * read back and merged. A tab coming back into use (`focus`; a frozen or cached tab heard no
 * `storage` while asleep) reads it back too, so it meets what was removed and pruned meanwhile
 * (see `mergeStored`). Returns the unsubscribe.
 */
export function followOtherTabs(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === WATCHLIST_STORE || key === null) void useWatchlist.persist.rehydrate();
  };
  const onBack = () => void useWatchlist.persist.rehydrate();
  target.addEventListener('storage', onStorage);
  target.addEventListener('focus', onBack);
  return () => {
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('focus', onBack);
  };
}

if (typeof window !== 'undefined') followOtherTabs(window);
