import { lazy } from 'react';

/**
 * The series' public entry: the button that opens a subject's series across the library, a
 * stock's cited figures, and the series view itself (its own chunk, with the plot).
 */
export { OpenSeriesButton } from './OpenSeriesButton';
const load = () => import('./SeriesDialog');
export const SeriesDialog = lazy(load);

/**
 * Fetches the series view's chunk while the browser is idle, so its first opening draws at once
 * rather than after a fetch (the charts pane and every figure's tip offer it). Returns the cancel.
 */
export function preloadSeriesDialog(): () => void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1000));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const id = idle(() => void load(), { timeout: 10_000 });
  return () => cancel(id);
}
export { StockFigures } from './StockFigures';
export { byCitedMove, useCitedMoves } from './useCitedMoves';
