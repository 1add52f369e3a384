/**
 * The library's figures over time: the per-page figure index (built in the derivation worker),
 * a subject's series, and a stock's cited figures. Pure.
 */
export type { FigureIndex, FigureInput, IndexedFact, PageFigures } from './figure-index';
export { placedDay, periodRange } from './placed-date';
export { factsOf, lineKey, series, seriesKey, type PointSource, type Series, type SeriesLine, type SeriesPoint } from './series';
export { latestMovePercent, stockFigures, type CitedFigure, type StockFigures } from './stock-figures';
export { pointAmount, seriesAmount, seriesTick, seriesUnitName } from './series-format';
export { seriesCsvRows, type SeriesCsvWords } from './series-csv';
export { dayMs, isJoined, seriesGeometry, timeTicks, type PlacedLine, type PlacedPoint, type PlotBox, type SeriesGeometry } from './series-geometry';
