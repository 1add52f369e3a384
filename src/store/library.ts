import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Correction } from '../core/page';
import { idbStorage, readRaw, setAside } from './idb-storage';
import { classifyStorageError, useStorageStatus } from './storage-status';

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

interface LibraryState extends LibraryFacts {
  hydrated: boolean;
  /** The built-in sample page: shipped with the app (a lazily loaded chunk), never stored. */
  sample: StoredPage | undefined;
  addCorrection: (pageId: string, correction: Correction) => void;
  undoCorrection: (pageId: string) => void;
}

const STORE_NAME = 'broadsheet-library';
export const LIBRARY_VERSION = 1;

function isFacts(value: unknown): value is LibraryFacts {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<LibraryFacts>;
  return typeof v.pages === 'object' && v.pages !== null && typeof v.corrections === 'object' && v.corrections !== null;
}

/** Reports storage failures instead of losing them in an unhandled rejection. */
const reportingStorage: StateStorage<Promise<void>> = {
  getItem: (name) => idbStorage.getItem(name),
  setItem: async (name, value) => {
    try {
      await idbStorage.setItem(name, value);
    } catch (error) {
      useStorageStatus.getState().report(classifyStorageError(error));
    }
  },
  removeItem: (name) => idbStorage.removeItem(name),
};

export const useLibrary = create<LibraryState>()(
  persist(
    (set) => ({
      pages: {},
      corrections: {},
      hydrated: false,
      sample: undefined,
      addCorrection: (pageId, correction) =>
        set((s) => ({ corrections: { ...s.corrections, [pageId]: [...(s.corrections[pageId] ?? []), correction] } })),
      undoCorrection: (pageId) =>
        set((s) => ({ corrections: { ...s.corrections, [pageId]: (s.corrections[pageId] ?? []).slice(0, -1) } })),
    }),
    {
      name: STORE_NAME,
      version: LIBRARY_VERSION,
      storage: createJSONStorage(() => reportingStorage),
      partialize: (s): LibraryFacts => ({ pages: s.pages, corrections: s.corrections }),
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        if (!isFacts(persisted)) {
          void setAside(STORE_NAME, persisted);
          useStorageStatus.getState().report('corrupt');
          return current;
        }
        return { ...current, pages: persisted.pages, corrections: persisted.corrections };
      },
      onRehydrateStorage: () => (_state, error) => {
        if (error) {
          // Unreadable JSON, or IndexedDB refused: keep a copy of what was there, work in memory.
          const problem = error instanceof SyntaxError ? 'corrupt' : classifyStorageError(error);
          if (problem === 'corrupt') void readRaw(STORE_NAME).then((raw) => setAside(STORE_NAME, raw));
          useStorageStatus.getState().report(problem);
        }
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

type PageSource = Pick<LibraryState, 'pages' | 'sample'>;

/** Every page the reader can open: the built-in sample first, then imports by date. */
export function allPages({ pages, sample }: PageSource): StoredPage[] {
  return [...(sample ? [sample] : []), ...Object.values(pages).sort((a, b) => a.addedAt - b.addedAt)];
}

export function findPage({ pages, sample }: PageSource, id: string): StoredPage | undefined {
  return id === SAMPLE_PAGE_ID ? sample : pages[id];
}
