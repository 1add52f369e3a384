import { create } from 'zustand';
import type { Measure } from '../core/facts/fact';

/**
 * Which subject's series is open across the library, if any: asked for from a figure's tip, the
 * charts pane, a stock's card or a watchlist row, shown by the app over the panes. Where the
 * reader's attention is now: not persisted.
 */
interface SeriesOpenState {
  shown: { readonly subject: string; readonly measure: Measure } | undefined;
}

export const useSeriesOpen = create<SeriesOpenState>()(() => ({ shown: undefined }));

export function openSeries(subject: string, measure: Measure): void {
  useSeriesOpen.setState({ shown: { subject, measure } });
}

export function closeSeries(): void {
  useSeriesOpen.setState({ shown: undefined });
}
