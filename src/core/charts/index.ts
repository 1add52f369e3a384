/**
 * Pure helpers for the charts pane: which figures go on which chart (with the reader's
 * choices), how values are written, the table and CSV of a chart, and the sentences of a text
 * (to light up the sentence a charted figure comes from). No React, no DOM.
 */
export { articleCharts, chartForFigure, isCharted, partsAddUp, plotRows } from './article-charts';
export type { ArticleChart, ChartRow, PlotRow, RowRole } from './article-charts';
export { NO_CHOICES, withChoice, type ChartChoices, type PageChartChoices } from './choices';
export { formatAmount, formatTick, formatValue, qualifierWord, unitName, type ValueUnit } from './format';
export { chartCsvRows, chartTable, rowAccuracy, rowLabel } from './table';
export type { ChartTableText, TableRow, TableStyle, TableWords } from './table';
export { sentenceAround, sentenceSpans } from './sentences';
