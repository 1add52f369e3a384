import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { newPageId } from '../core/library/page-id';
import { cleanTitle } from '../core/library/title';
import type { Correction } from '../core/page';
import { setAside } from './idb-storage';
import { pagedIdbStorage } from './paged-storage';
import { useStorageStatus } from './storage-status';

/** A page kept in the library. The source is the original text, never a converted copy. */
export interface StoredPage {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly addedAt: number;
  /** How an imported file was decoded (absent for pasted text and the sample). */
  readonly encoding?: string;
}

export const SAMPLE_PAGE_ID = 'sample';
export const SAMPLE_TITLE = '投資全方位';

interface LibraryFacts {
  /** Imported pages; the sample is built in and never stored, so it can't be lost. */
  pages: Record<string, StoredPage>;
  /** Segmentation corrections per page, oldest first: undo pops the last. */
  corrections: Record<string, Correction[]>;
}

/** What a page brings into the library; the store gives it an id and a date. */
export interface NewPage {
  readonly title: string;
  readonly source: string;
  readonly encoding?: string;
}

/** Everything `deletePage` took away, so that `restorePage` puts back exactly that. */
export interface DeletedPage {
  readonly page: StoredPage;
  readonly corrections: readonly Correction[] | undefined;
}

interface LibraryState extends LibraryFacts {
  hydrated: boolean;
  /** The built-in sample page: shipped with the app (a lazily loaded chunk), never stored. */
  sample: StoredPage | undefined;
  addCorrection: (pageId: string, correction: Correction) => void;
  undoCorrection: (pageId: string) => void;
  /** Adds a page and returns its new id (route-safe: `[0-9a-z]`, starting `p`). */
  importPage: (page: NewPage) => string;
  /** A blank title is ignored; the sample keeps its name. */
  renamePage: (id: string, title: string) => void;
  /** Removes an imported page and its corrections; undefined for the sample or an unknown id. */
  deletePage: (id: string) => DeletedPage | undefined;
  restorePage: (deleted: DeletedPage) => void;
  /**
   * Replaces an imported page's text (the same file decoded with another encoding). Its
   * corrections go: they name blocks by offsets into the old text.
   */
  replacePageText: (id: string, page: NewPage) => void;
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

const STORE_NAME = 'broadsheet-library';
export const LIBRARY_VERSION = 1;

function isFacts(value: unknown): value is LibraryFacts {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<LibraryFacts>;
  return typeof v.pages === 'object' && v.pages !== null && typeof v.corrections === 'object' && v.corrections !== null;
}

/** Each page's text under a key of its own: a change writes what changed, not the whole library. */
const idb = pagedIdbStorage<LibraryFacts>(STORE_NAME);

export const useLibrary = create<LibraryState>()(
  persist(
    (set, get) => ({
      pages: {},
      corrections: {},
      hydrated: false,
      sample: undefined,
      addCorrection: (pageId, correction) =>
        set((s) => ({ corrections: { ...s.corrections, [pageId]: [...(s.corrections[pageId] ?? []), correction] } })),
      undoCorrection: (pageId) =>
        set((s) => ({ corrections: { ...s.corrections, [pageId]: (s.corrections[pageId] ?? []).slice(0, -1) } })),
      importPage: ({ title, source, encoding }) => {
        let id = newPageId();
        while (id === SAMPLE_PAGE_ID || get().pages[id]) id = newPageId();
        const page: StoredPage = { id, title: cleanTitle(title) || id, source, addedAt: Date.now(), ...(encoding ? { encoding } : {}) };
        set((s) => ({ pages: { ...s.pages, [id]: page } }));
        return id;
      },
      renamePage: (id, title) => {
        const clean = cleanTitle(title);
        const page = get().pages[id];
        if (!page || !clean || clean === page.title) return;
        set((s) => ({ pages: { ...s.pages, [id]: { ...page, title: clean } } }));
      },
      deletePage: (id) => {
        const { pages, corrections } = get();
        const page = pages[id];
        if (!page) return undefined;
        set({ pages: omit(pages, id), corrections: omit(corrections, id) });
        return { page, corrections: corrections[id] };
      },
      restorePage: ({ page, corrections }) =>
        set((s) => ({
          pages: { ...s.pages, [page.id]: page },
          corrections: corrections ? { ...s.corrections, [page.id]: [...corrections] } : s.corrections,
        })),
      replacePageText: (id, { title, source, encoding }) => {
        const page = get().pages[id];
        if (!page) return;
        const next: StoredPage = { ...page, title: cleanTitle(title) || page.title, source, ...(encoding ? { encoding } : {}) };
        set((s) => ({ pages: { ...s.pages, [id]: next }, corrections: omit(s.corrections, id) }));
      },
    }),
    {
      name: STORE_NAME,
      version: LIBRARY_VERSION,
      storage: idb.storage,
      partialize: (s): LibraryFacts => ({ pages: s.pages, corrections: s.corrections }),
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        if (!isFacts(persisted)) {
          void setAside(STORE_NAME, persisted);
          useStorageStatus.getState().report('corrupt');
          return current;
        }
        // What the reader did before the library was read back (nothing, in practice) is kept too.
        return {
          ...current,
          pages: { ...persisted.pages, ...current.pages },
          corrections: { ...persisted.corrections, ...current.corrections },
        };
      },
      onRehydrateStorage: () => (_state, error) => {
        if (error) idb.readFailed(error);
        // From now on the store writes; this very setState writes the merged library.
        idb.readBack();
        useLibrary.setState({ hydrated: true });
      },
    },
  ),
);

/** Loads the sample page's text (its own chunk, so it doesn't weigh on the app's first script). */
export async function loadSample(): Promise<void> {
  if (useLibrary.getState().sample) return;
  const { default: source } = await import('../core/sample/sample-page.txt?raw');
  useLibrary.setState({ sample: { id: SAMPLE_PAGE_ID, title: SAMPLE_TITLE, source, addedAt: 0 } });
}

/** Resolves once the stored library has been read back (or found unreadable). */
export function whenHydrated(): Promise<void> {
  if (useLibrary.getState().hydrated) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useLibrary.subscribe((s) => {
      if (!s.hydrated) return;
      stop();
      resolve();
    });
  });
}

type PageSource = Pick<LibraryState, 'pages' | 'sample'>;

/** Every page the reader can open: the built-in sample first, then imports by date. */
export function allPages({ pages, sample }: PageSource): StoredPage[] {
  return [...(sample ? [sample] : []), ...Object.values(pages).sort((a, b) => a.addedAt - b.addedAt)];
}

export function findPage({ pages, sample }: PageSource, id: string): StoredPage | undefined {
  return id === SAMPLE_PAGE_ID ? sample : pages[id];
}
