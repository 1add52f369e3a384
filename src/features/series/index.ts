import { lazy } from 'react';

/**
 * The series' public entry: a stock's cited figures, and the series view itself (its own chunk,
 * with the plot). The button that opens a series is shared/OpenSeriesButton, which the charts
 * pane, a figure's tip and a stock's figures all reach.
 */
const load = () => import('./SeriesDialog');
export const SeriesDialog = lazy(load);

/**
 * Fetches the series view's chunk while the browser is idle, then calls `loaded`: the app mounts
 * the (closed) view then, so its first opening draws at once, never behind a fetch or a Suspense
 * fallback (whose reveal React holds back). Returns the cancel.
 */
export function preloadSeriesDialog(loaded: () => void): () => void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1000));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  let live = true;
  const id = idle(() => void load().then(() => live && loaded()), { timeout: 10_000 });
  return () => {
    live = false;
    cancel(id);
  };
}
export { StockFigures } from './StockFigures';
export { byCitedMove, useCitedMoves } from './useCitedMoves';
