import { createContext } from 'react';
import { create } from 'zustand';
import type { Highlight, HighlightColour, Placed } from '../../core/highlights';

/** The open page's placed highlights (sorted by start), for every line of text to mark its own. */
export const HighlightsInText = createContext<readonly Placed<HighlightColour>[]>([]);

/**
 * What the reader is doing with highlights right now (not stored): the highlight whose popover
 * is open and the mark it sits beside, and the one just deleted (its undo offer).
 */
interface HighlightUi {
  open: { id: string; anchor: HTMLElement } | undefined;
  deleted: Highlight | undefined;
}

export const useHighlightUi = create<HighlightUi>()(() => ({ open: undefined, deleted: undefined }));

export const openHighlight = (id: string, anchor: HTMLElement) => useHighlightUi.setState({ open: { id, anchor } });
export const closeHighlight = () => useHighlightUi.setState({ open: undefined });
