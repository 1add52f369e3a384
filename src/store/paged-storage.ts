import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readMany, readRaw, setAside, writeAtomically } from './idb-storage';
import { reportReadFailure } from './reporting-storage';
import { classifyStorageError, useStorageStatus } from './storage-status';

/** A persisted state whose pages carry their text, the large part of it. */
interface PagedState {
  readonly pages: Readonly<Record<string, { readonly source: string }>>;
}

/** The stored index: the state with each page's text left out, kept under a key of its own. */
interface StoredIndex<S> extends StorageValue<S> {
  readonly layout?: typeof PAGED;
}

const PAGED = 'paged';

/** A persisted store's paged IndexedDB storage, and what to do when reading it back failed. */
export interface PagedStorage<S> {
  readonly storage: PersistStorage<S>;
  /** As `reportingIdbStorage`'s: keeps unreadable JSON aside; stops writing if storage refused to be read. */
  readonly readFailed: (error: unknown) => void;
  /**
   * For the store to call once it has read its state back and merged it, before it writes it
   * (see `library.ts`). Writes asked for before then are skipped: zustand's `persist` writes on
   * every change, and a change that lands while the stored state is still being read (the sample
   * page arriving) would write the store's empty state over the reader's library.
   */
  readonly readBack: () => void;
}

/**
 * zustand `persist` storage for a state of pages (the library): the state without the pages'
 * texts is stored under `name`, and each page's text under a key of its own, so a change writes
 * the index and only the pages whose objects changed (a rename, an import), never every text
 * again. Each write is one IndexedDB transaction, so the index and the texts never disagree.
 *
 * A value stored whole (the earlier layout, texts inside) is read as it is and rewritten in pages
 * on the first change, in that same single transaction. A page whose text is missing is kept
 * aside and reported, and the rest is read. Refused writes are reported, as
 * `reportingIdbStorage` does, and the next write stores what they missed.
 */
export function pagedIdbStorage<S extends PagedState>(name: string): PagedStorage<S> {
  const pageKey = (id: string) => `${name}:page:${id}`;
  /** The page objects whose texts IndexedDB holds, by id: the same object is not written again. */
  let written = new Map<string, object>();
  let unreadable = false;
  let hasReadBack = false;
  const report = useStorageStatus.getState().report;
  let queue = Promise.resolve();

  /** Never rejects: a refused write is reported, and the queue goes on. */
  async function write(key: string, value: StorageValue<S>): Promise<void> {
    if (unreadable) return;
    try {
      const { pages } = value.state;
      const puts: Array<[string, unknown]> = [];
      const index: Record<string, unknown> = {};
      for (const [id, page] of Object.entries(pages)) {
        const { source, ...meta } = page;
        index[id] = meta;
        if (written.get(id) !== page) puts.push([pageKey(id), source]);
      }
      const deletes = [...written.keys()].filter((id) => !(id in pages)).map(pageKey);
      const stored: StoredIndex<unknown> = { state: { ...value.state, pages: index }, version: value.version, layout: PAGED };
      await writeAtomically([[key, JSON.stringify(stored)], ...puts], deletes);
      written = new Map(Object.entries(pages));
    } catch (error) {
      report(classifyStorageError(error));
    }
  }

  return {
    storage: {
      getItem: async (key) => {
        const raw = await readRaw(key);
        if (raw === undefined || raw === null) return null;
        // A SyntaxError here reaches `readFailed` through persist, as createJSONStorage's does.
        const stored = JSON.parse(String(raw)) as StoredIndex<S>;
        // Stored whole, or not a state of pages at all (the store's `merge` tells that apart).
        if (stored.layout !== PAGED || typeof stored.state?.pages !== 'object' || stored.state.pages === null) return stored;
        const index = stored.state.pages as Record<string, { readonly source?: string }>;
        const ids = Object.keys(index);
        const texts = await readMany(ids.map(pageKey));
        const pages: Record<string, unknown> = {};
        written = new Map();
        ids.forEach((id, i) => {
          const meta = index[id]!;
          // A text written into the index itself (as a test seeds it) is the page's own.
          const source = meta.source ?? texts[i];
          if (typeof source !== 'string') {
            void setAside(`${pageKey(id)}:missing`, meta);
            report('corrupt');
            return;
          }
          const page = { ...meta, source };
          pages[id] = page;
          if (meta.source === undefined) written.set(id, page);
        });
        return { state: { ...stored.state, pages } as S, version: stored.version };
      },
      // One write at a time, each against what the last one stored: a refused write leaves
      // `written` as it was, so the next one stores everything since.
      setItem: (key, value) => (hasReadBack ? (queue = queue.then(() => write(key, value))) : Promise.resolve()),
      removeItem: async (key) => {
        const ids = [...written.keys()];
        written = new Map();
        await writeAtomically([], [key, ...ids.map(pageKey)]);
      },
    },
    readFailed: (error) => {
      if (reportReadFailure(name, error)) unreadable = true;
    },
    readBack: () => {
      hasReadBack = true;
    },
  };
}
