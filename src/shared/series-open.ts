import { create } from 'zustand';
import type { Measure } from '../core/facts/fact';
import { series } from '../core/series/series';
import { useFigureIndexState } from './page/figure-index';

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

/**
 * The reader is about to open this series (the pointer is on its button, or focus): it is made
 * now, from the index as it is, so the click only draws it (`series` keeps it for that index).
 */
export function readySeries(subject: string, measure: Measure): void {
  const index = useFigureIndexState.getState().index;
  if (index) series(index, subject, measure);
}
