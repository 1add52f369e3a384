import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
// Each from its own module (not the core/watchlist index): the store is on the first-paint path
// and CSV, JSON and the mention index are not.
import { addEntry, placeAt, removeEntry, setNote } from '../core/watchlist/entries';
import { importStocks } from '../core/watchlist/import';
import { mergeStored, pruneTombstones } from '../core/watchlist/merge';
import { migrateWatchlist, WATCHLIST_VERSION } from '../core/watchlist/migrate';
import type { ImportedStock } from '../core/watchlist/rows';
import { readEntries } from '../core/watchlist/stored';
import type { NewWatch, WatchEntries } from '../core/watchlist/watch-entry';
import { classifyStorageError, useStorageStatus } from './storage-status';

/** The watchlist's facts: the entries, tombstones included (they make the tab merge work). */
export interface WatchlistFacts {
  entries: WatchEntries;
}

interface WatchlistState extends WatchlistFacts {
  add: (stock: NewWatch) => void;
  remove: (key: string) => void;
  setNote: (key: string, note: string) => void;
  /** Moves a watched stock to `index` in the list (drag and drop, move buttons, Alt+↑/↓). */
  moveTo: (key: string, index: number) => void;
  /** Merges imported stocks in; returns how many were new and how many already there. */
  importStocks: (stocks: readonly ImportedStock[]) => { added: number; already: number };
}

export const WATCHLIST_STORE = 'broadsheet-watchlist';

/**
 * Storage outside the app's control is read with suspicion: an unreadable value is copied aside
 * under `broadsheet-watchlist:corrupt:<time>` and reported; a value with nothing usable is also
 * removed, and the list starts empty. A value with some bad entries keeps its good ones.
 */
function setAside({ remove }: { remove: boolean }): void {
  const store = local();
  try {
    const raw = store?.getItem(WATCHLIST_STORE);
    if (raw !== null && raw !== undefined) {
      store!.setItem(`${WATCHLIST_STORE}:corrupt:${Date.now()}`, raw);
      if (remove) store!.removeItem(WATCHLIST_STORE);
    }
  } catch {
    // Storage refuses even that: the in-memory list still works; the banner says so.
  }
  useStorageStatus.getState().report('corrupt');
}

/** localStorage, looked up on each use (it may be missing or throw: private modes, tests). */
function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readStored(raw: string | null): StorageValue<unknown> | 'corrupt' | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    const v = value as Partial<StorageValue<unknown>> | null;
    if (typeof v !== 'object' || v === null || typeof v.version !== 'number' || !('state' in v)) return 'corrupt';
    return { state: v.state, version: v.version };
  } catch {
    return 'corrupt';
  }
}

/**
 * localStorage, synchronous (so the list is there at first paint), and merging on write: what
 * another tab wrote since this one last read is merged in, not overwritten.
 */
const storage: PersistStorage<WatchlistFacts, unknown> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = local()?.getItem(name) ?? null;
    } catch (error) {
      useStorageStatus.getState().report(classifyStorageError(error));
      return null;
    }
    const stored = readStored(raw);
    if (stored === 'corrupt') {
      setAside({ remove: true });
      return null;
    }
    return stored as StorageValue<WatchlistFacts> | null;
  },
  setItem: (name, value) => {
    const store = local();
    try {
      if (!store) throw new DOMException('localStorage is not available', 'SecurityError');
      const stored = readStored(store.getItem(name));
      const theirs = stored && stored !== 'corrupt' && stored.version === WATCHLIST_VERSION ? readEntries(stored.state)?.entries : undefined;
      const now = Date.now();
      const entries = pruneTombstones(theirs ? mergeStored(value.state.entries, theirs, now) : value.state.entries, now);
      store.setItem(name, JSON.stringify({ state: { entries }, version: value.version }));
    } catch (error) {
      useStorageStatus.getState().report(classifyStorageError(error));
    }
  },
  removeItem: (name) => local()?.removeItem(name),
};

export const useWatchlist = create<WatchlistState>()(
  persist<WatchlistState, [], [], WatchlistFacts>(
    (set, get) => ({
      entries: {},
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
      name: WATCHLIST_STORE,
      version: WATCHLIST_VERSION,
      storage,
      partialize: (s): WatchlistFacts => ({ entries: s.entries }),
      migrate: (state, version) => {
        // A newer app's list: read what can be read (`merge` checks every entry).
        if (version > WATCHLIST_VERSION) return state as WatchlistFacts;
        const migrated = migrateWatchlist(state, version, Date.now());
        if (!migrated.ok || migrated.rejected > 0) setAside({ remove: !migrated.ok });
        return migrated.ok ? migrated.state : { entries: {} };
      },
      // Hydration and every rehydration (another tab wrote) merge what is stored into what is held.
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const read = readEntries(persisted);
        if (!read || read.rejected > 0) setAside({ remove: !read });
        if (!read) return current;
        const entries = mergeStored(current.entries, read.entries, Date.now());
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
