import { create } from 'zustand';
import { newPageId } from '../core/library/page-id';
import { cleanTitle } from '../core/library/title';
import type { Correction } from '../core/page';
import { persisted } from './persisted';
import { LIBRARY_SHAPE, SAMPLE_PAGE_ID, type LibraryFacts, type StoredPage } from './shapes/library';

export { SAMPLE_PAGE_ID, type StoredPage } from './shapes/library';
export const SAMPLE_TITLE = '投資全方位';

/** What a page brings into the library; the store gives it an id and a date. */
export interface NewPage {
  readonly title: string;
  readonly source: string;
  readonly encoding?: string;
}

interface LibraryState extends LibraryFacts {
  hydrated: boolean;
  /** The built-in sample page: shipped with the app (a lazily loaded chunk), never stored. */
  sample: StoredPage | undefined;
  addCorrection: (pageId: string, correction: Correction) => void;
  undoCorrection: (pageId: string) => void;
  /** The page's date as the reader gives it (YYYY-MM-DD); undefined goes back to the page's own. */
  setPageDate: (pageId: string, date: string | undefined) => void;
  /** Adds a page and returns its new id (route-safe: `[0-9a-z]`, starting `p`). */
  importPage: (page: NewPage) => string;
  /** A blank title is ignored; the sample keeps its name. */
  renamePage: (id: string, title: string) => void;
  /**
   * Removes an imported page and its corrections; returns what it took (undefined for the sample
   * or an unknown id). Use `deletePage` in `rules.ts`: it also drops what other stores hold for it.
   */
  removePage: (id: string) => { page: StoredPage; corrections: readonly Correction[] | undefined } | undefined;
  /** Puts back a page and its corrections as `removePage` took them. */
  putBackPage: (page: StoredPage, corrections: readonly Correction[] | undefined) => void;
  /**
   * Replaces an imported page's text (the same file decoded with another encoding). Its
   * corrections go: they name blocks by offsets into the old text. Use `replacePageText` in
   * `rules.ts`, which also drops the page's chart choices.
   */
  replaceText: (id: string, page: NewPage) => void;
}

function omit<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

/** The edit times with `id`'s set to now: its title, text, corrections or date just changed. */
const stamp = (edited: Readonly<Record<string, number>>, id: string) => ({ ...edited, [id]: Date.now() });

/** Each page's text under a key of its own: a change writes what changed, not the whole library. */
export const useLibrary = create<LibraryState>()(
  persisted<LibraryState, LibraryFacts>(
    LIBRARY_SHAPE,
    (set, get) => ({
      ...LIBRARY_SHAPE.defaults,
      hydrated: false,
      sample: undefined,
      addCorrection: (pageId, correction) =>
        set((s) => ({
          corrections: { ...s.corrections, [pageId]: [...(s.corrections[pageId] ?? []), correction] },
          edited: stamp(s.edited, pageId),
        })),
      undoCorrection: (pageId) =>
        set((s) => ({ corrections: { ...s.corrections, [pageId]: (s.corrections[pageId] ?? []).slice(0, -1) }, edited: stamp(s.edited, pageId) })),
      setPageDate: (pageId, date) =>
        set((s) => ({ dates: date ? { ...s.dates, [pageId]: date } : omit(s.dates ?? {}, pageId), edited: stamp(s.edited, pageId) })),
      importPage: ({ title, source, encoding }) => {
        let id = newPageId();
        while (id === SAMPLE_PAGE_ID || get().pages[id]) id = newPageId();
        const page: StoredPage = { id, title: cleanTitle(title) || id, source, addedAt: Date.now(), ...(encoding ? { encoding } : {}) };
        set((s) => ({ pages: { ...s.pages, [id]: page }, edited: { ...s.edited, [id]: page.addedAt } }));
        return id;
      },
      renamePage: (id, title) => {
        const clean = cleanTitle(title);
        const page = get().pages[id];
        if (!page || !clean || clean === page.title) return;
        set((s) => ({ pages: { ...s.pages, [id]: { ...page, title: clean } }, edited: stamp(s.edited, id) }));
      },
      removePage: (id) => {
        const { pages, corrections, edited } = get();
        const page = pages[id];
        if (!page) return undefined;
        set({ pages: omit(pages, id), corrections: omit(corrections, id), edited: omit(edited, id) });
        return { page, corrections: corrections[id] };
      },
      putBackPage: (page, corrections) =>
        set((s) => ({
          pages: { ...s.pages, [page.id]: page },
          corrections: corrections ? { ...s.corrections, [page.id]: [...corrections] } : s.corrections,
          edited: stamp(s.edited, page.id),
        })),
      replaceText: (id, { title, source, encoding }) => {
        const page = get().pages[id];
        if (!page) return;
        const next: StoredPage = { ...page, title: cleanTitle(title) || page.title, source, ...(encoding ? { encoding } : {}) };
        set((s) => ({ pages: { ...s.pages, [id]: next }, corrections: omit(s.corrections, id), edited: stamp(s.edited, id) }));
      },
    }),
    {
      partialize: (s): LibraryFacts => ({
        pages: s.pages,
        corrections: s.corrections,
        ...(s.dates && Object.keys(s.dates).length > 0 ? { dates: s.dates } : {}),
        edited: s.edited,
      }),
      // What the reader did before the library was read back (nothing, in practice) is kept too.
      merge: (stored, current) => ({
        ...current,
        pages: { ...stored.pages, ...current.pages },
        corrections: { ...stored.corrections, ...current.corrections },
        dates: { ...stored.dates, ...current.dates },
        edited: { ...stored.edited, ...current.edited },
      }),
      // From now on the store writes; this very setState writes the merged library.
      onHydrated: () => useLibrary.setState({ hydrated: true }),
    },
  ),
);

/**
 * The library as the build-time render of the default page read it (src/app/prerender): read
 * back, with the sample (loaded before). Made the store's initial state, which zustand gives React as the server
 * snapshot, so that hydrating that markup reads what the build read; the state as it is (a
 * reader's own pages, corrections) renders right after, as any change does.
 */
export function asPrerendered(): void {
  Object.assign(useLibrary.getInitialState(), { hydrated: true, sample: useLibrary.getState().sample });
}

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

/**
 * The titles of the pages `ids` name (an id the library no longer holds stands for itself). With
 * `useShallow`, a view citing those pages is drawn again when one of their titles changes, not
 * at every change to the library (a page imported, renamed or corrected elsewhere).
 */
export function pageTitles(state: PageSource, ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) out[id] = findPage(state, id)?.title ?? id;
  return out;
}
