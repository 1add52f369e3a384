import { create } from 'zustand';

/**
 * Which figure the reader is pointing at, linking the text and the charts both ways: `hovered`
 * (a bar or a figure under the pointer or focus: the reader lights up its sentence, the chart
 * its bar) and `active` (a figure clicked in the text: its chart scrolls into view). Not
 * persisted: it is where the reader's attention is now.
 */
interface FigureFocusState {
  hovered: string | undefined;
  /**
   * The hovered figure and the figures that state the same fact (a chart point cited in the
   * headline and the body): each is outlined and its sentence lit up.
   */
  hoveredIds: readonly string[];
  active: string | undefined;
  /** Counts activations, so clicking the same figure again brings its chart back into view. */
  activations: number;
  hover: (figureId: string, linked?: readonly string[]) => void;
  /** Leaves a figure; a no-op if the pointer has already moved on to another one. */
  unhover: (figureId: string) => void;
  activate: (figureId: string) => void;
}

const NONE: readonly string[] = [];

export const useFigureFocus = create<FigureFocusState>()((set, get) => ({
  hovered: undefined,
  hoveredIds: NONE,
  active: undefined,
  activations: 0,
  hover: (figureId, linked) => {
    const ids = linked && linked.length > 0 ? linked : [figureId];
    const s = get();
    if (s.hovered !== figureId || s.hoveredIds.join(' ') !== ids.join(' ')) set({ hovered: figureId, hoveredIds: ids });
  },
  unhover: (figureId) => {
    if (get().hovered === figureId) set({ hovered: undefined, hoveredIds: NONE });
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
