import { lazy } from 'react';

/**
 * The series' public entry: the button that opens a subject's series across the library, a
 * stock's cited figures, and the series view itself (its own chunk, with the plot).
 */
export { OpenSeriesButton } from './OpenSeriesButton';
export const SeriesDialog = lazy(() => import('./SeriesDialog'));
export { StockFigures } from './StockFigures';
export { byCitedMove, useCitedMoves } from './useCitedMoves';
