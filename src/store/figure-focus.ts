import { create } from 'zustand';

/**
 * Which figure the reader is pointing at, linking the text and the charts both ways: `hovered`
 * (a bar or a figure under the pointer or focus: the reader lights up its sentence, the chart
 * its bar) and `active` (a figure clicked in the text: its chart scrolls into view). Not
 * persisted: it is where the reader's attention is now.
 */
interface FigureFocusState {
  hovered: string | undefined;
  active: string | undefined;
  /** Counts activations, so clicking the same figure again brings its chart back into view. */
  activations: number;
  hover: (figureId: string) => void;
  /** Leaves a figure; a no-op if the pointer has already moved on to another one. */
  unhover: (figureId: string) => void;
  activate: (figureId: string) => void;
}

export const useFigureFocus = create<FigureFocusState>()((set, get) => ({
  hovered: undefined,
  active: undefined,
  activations: 0,
  hover: (figureId) => {
    if (get().hovered !== figureId) set({ hovered: figureId });
  },
  unhover: (figureId) => {
    if (get().hovered === figureId) set({ hovered: undefined });
  },
  activate: (figureId) => set((s) => ({ active: figureId, activations: s.activations + 1 })),
}));

/**
 * Calls `listener` each time the reader activates a figure (a click in the text); returns the
 * unsubscribe. The phone layout uses it to bring the charts pane forward.
 */
export function onFigureActivated(listener: (figureId: string) => void): () => void {
  return useFigureFocus.subscribe((s, prev) => {
    if (s.activations !== prev.activations && s.active) listener(s.active);
  });
}
