import type { Script } from '../figures/format';
import { formatValue, qualifierWord, unitName } from './format';
import type { ArticleChart, ChartRow } from './article-charts';
import { writeText } from './chart-text';

/** The UI's words a chart's table needs, already in the display script. */
export interface TableWords {
  readonly item: string;
  readonly date: string;
  readonly value: string;
  readonly accuracy: string;
  readonly source: string;
  readonly exact: string;
  readonly approx: string;
  readonly total: string;
  readonly rawValue: string;
  readonly unit: string;
  readonly subject: string;
  readonly measure: string;
  readonly role: string;
}

/** How a table is written: the script, the words, and page text shown in that script. */
export interface TableStyle {
  readonly script: Script;
  readonly words: TableWords;
  /** Page text (labels, the figure as written) converted for display. */
  readonly display: (pageText: string) => string;
}

export interface TableRow {
  readonly row: ChartRow;
  readonly cells: readonly string[];
}

export interface ChartTableText {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

/** A row's label: its item (a part-of-whole's total says so). */
export function rowLabel(row: ChartRow, style: TableStyle): string {
  const label = writeText(row.label, style.script, style.display) || style.words.item;
  return row.role === 'total' ? `${label}（${style.words.total}）` : label;
}

/** A row's accuracy, said in words: 準確, or 約數（逾）. */
export function rowAccuracy(row: ChartRow, style: TableStyle): string {
  if (row.qualifier === 'exact') return style.words.exact;
  return `${style.words.approx}（${qualifierWord(row.qualifier, style.script)}）`;
}

/**
 * The table a chart comes with, the same data in words: item (a series' date), value as the
 * chart labels it, whether it is approximate, and the figure as the page wrote it. Every row,
 * including those the reader took off the chart.
 */
export function chartTable(chart: ArticleChart, style: TableStyle): ChartTableText {
  const { words } = style;
  const headers = [chart.kind === 'series' ? words.date : words.item, words.value, words.accuracy, words.source];
  const rows = chart.rows.map((row) => ({
    row,
    cells: [rowLabel(row, style), formatValue(row, chart, style.script), rowAccuracy(row, style), style.display(row.text)],
  }));
  return { headers, rows };
}

/**
 * The rows a chart's CSV holds: what the chart shows (its included rows), each with its table
 * cells plus the plain number and unit, so a spreadsheet can compute with them, and what the
 * figure is: its subject's id, measure, date (ISO) and role.
 */
export function chartCsvRows(chart: ArticleChart, style: TableStyle): (string | number)[][] {
  const table = chartTable(chart, style);
  const unit = unitName(chart, style.script);
  const { words } = style;
  const header = [...table.headers, words.rawValue, words.unit, words.subject, words.measure, `${words.date}（ISO）`, words.role];
  const body = table.rows
    .filter((r) => r.row.included)
    .map((r) => {
      const { fact } = r.row;
      const raw = r.row.valueTo !== undefined ? `${r.row.value}–${r.row.valueTo}` : r.row.value;
      return [...r.cells, raw, unit, fact.subject, fact.measure, fact.date ?? '', fact.role];
    });
  return [header, ...body];
}
