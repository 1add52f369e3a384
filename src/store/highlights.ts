import { create } from 'zustand';
import { newHighlightId, type Highlight, type HighlightColour, type HighlightSelector } from '../core/highlights/highlight';
import { persisted } from './persisted';
import { HIGHLIGHTS_SHAPE, type HighlightsFacts } from './shapes/highlights';

/**
 * The reader's highlights and notes: facts as the reader made them, each anchored to its page's
 * original text. Where each one is now (its span, its article, or orphaned) is derived from the
 * page every time (`placeHighlights`).
 */
interface HighlightsState {
  highlights: Readonly<Record<string, Highlight>>;
  /** False until the stored highlights are read back. */
  hydrated: boolean;
  /** Highlights a span of a page's original text; returns the new id. */
  add: (pageId: string, selector: HighlightSelector, colour: HighlightColour) => string;
  setNote: (id: string, note: string) => void;
  recolour: (id: string, colour: HighlightColour) => void;
  /** Removes one highlight, returning it (for undo). */
  remove: (id: string) => Highlight | undefined;
  /** Puts back highlights as `remove` or `forgetPage` returned them. */
  putBack: (highlights: readonly Highlight[]) => void;
  /** Drops every highlight of a page, returning them (the page was deleted: see `rules.ts`). */
  forgetPage: (pageId: string) => Highlight[];
}

export const useHighlights = create<HighlightsState>()(
  persisted<HighlightsState, HighlightsFacts>(
    HIGHLIGHTS_SHAPE,
    (set, get) => {
      const edit = (id: string, change: Partial<Pick<Highlight, 'note' | 'colour'>>) => {
        const found = get().highlights[id];
        if (!found || Object.entries(change).every(([k, v]) => found[k as keyof Highlight] === v)) return;
        set((s) => ({ highlights: { ...s.highlights, [id]: { ...found, ...change, editedAt: Date.now() } } }));
      };
      return {
        ...HIGHLIGHTS_SHAPE.defaults,
        hydrated: false,
        add: (pageId, selector, colour) => {
          const now = Date.now();
          let id = newHighlightId(now);
          while (get().highlights[id]) id = newHighlightId(now);
          const highlight: Highlight = { id, pageId, colour, note: '', selector, createdAt: now, editedAt: now };
          set((s) => ({ highlights: { ...s.highlights, [id]: highlight } }));
          return id;
        },
        setNote: (id, note) => edit(id, { note }),
        recolour: (id, colour) => edit(id, { colour }),
        remove: (id) => {
          const { [id]: gone, ...rest } = get().highlights;
          if (gone) set({ highlights: rest });
          return gone;
        },
        putBack: (highlights) => {
          if (highlights.length === 0) return;
          set((s) => ({ highlights: { ...s.highlights, ...Object.fromEntries(highlights.map((h) => [h.id, h])) } }));
        },
        forgetPage: (pageId) => {
          const all = Object.values(get().highlights);
          const gone = all.filter((h) => h.pageId === pageId);
          if (gone.length > 0) set({ highlights: Object.fromEntries(all.filter((h) => h.pageId !== pageId).map((h) => [h.id, h])) });
          return gone;
        },
      };
    },
    {
      partialize: (s) => ({ highlights: s.highlights as HighlightsFacts['highlights'] }),
      // Highlights made before the store was read back are kept beside the stored ones.
      merge: (stored, current) => ({ ...current, highlights: { ...stored.highlights, ...current.highlights } }),
      onHydrated: () => useHighlights.setState({ hydrated: true }),
    },
  ),
);

const NONE: readonly Highlight[] = [];

/** A page's highlights, oldest first (a new array only when they change: use with `useShallow` or memo). */
export function highlightsOf(highlights: Readonly<Record<string, Highlight>>, pageId: string | undefined): readonly Highlight[] {
  if (!pageId) return NONE;
  const mine = Object.values(highlights).filter((h) => h.pageId === pageId);
  return mine.length === 0 ? NONE : mine.sort((a, b) => a.createdAt - b.createdAt);
}
