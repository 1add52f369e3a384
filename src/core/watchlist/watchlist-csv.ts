import { csvRecords, CSV_BOM, toCsv, unguardFormula } from '../csv';
import { MAX_IMPORT_CHARS, readRow, type ImportProblem, type ImportResult, type ImportedStock, type RawRow } from './rows';
import type { WatchEntry } from './watch-entry';
import { UNKNOWN_TIME } from './watch-entry';

/**
 * The watchlist as CSV (RFC 4180: comma-separated, double quotes around fields that need them,
 * CRLF between records) with a header row and a byte-order mark, so a spreadsheet opens the
 * Chinese names as UTF-8.
 */
export const CSV_COLUMNS = ['market', 'code', 'name', 'note', 'added_at'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export function watchlistCsv(entries: readonly WatchEntry[]): string {
  const rows = entries.map((e) => [e.market, e.code, e.name ?? '', e.note, e.addedAt === UNKNOWN_TIME ? '' : new Date(e.addedAt).toISOString()]);
  return CSV_BOM + toCsv([CSV_COLUMNS, ...rows]);
}

/** Header names a hand-made file may use (English, Traditional, Simplified). */
const HEADER_WORDS: Record<string, Column> = {
  market: 'market', exchange: 'market', 市場: 'market', 市场: 'market',
  code: 'code', symbol: 'code', ticker: 'code', 代號: 'code', 代号: 'code', 股票代號: 'code', 股票代号: 'code',
  name: 'name', 名稱: 'name', 名称: 'name',
  note: 'note', notes: 'note', 筆記: 'note', 笔记: 'note', 備註: 'note', 备注: 'note',
  added_at: 'added_at', addedat: 'added_at', added: 'added_at', 加入時間: 'added_at', 加入时间: 'added_at',
};

/**
 * Reads a CSV watchlist. The first record is a header when it names a `code` column (columns then
 * go by name, in any order); otherwise the columns are `CSV_COLUMNS` in order. Every bad row is
 * reported with its line number and every good row kept.
 */
export function parseWatchlistCsv(input: string): ImportResult {
  if (input.length > MAX_IMPORT_CHARS) return { stocks: [], problems: [{ line: 0, kind: 'size' }] };
  const { records, unclosedQuoteLine } = csvRecords(input.replace(/^\uFEFF/, ''));
  const problems: ImportProblem[] = unclosedQuoteLine === undefined ? [] : [{ line: unclosedQuoteLine, kind: 'quote' }];
  if (records.length === 0 && problems.length === 0) return { stocks: [], problems: [{ line: 0, kind: 'empty' }] };
  const header = records[0]?.cells.map((c) => HEADER_WORDS[c.trim().toLowerCase()]);
  const hasHeader = header?.includes('code') ?? false;
  const columns: readonly (Column | undefined)[] = hasHeader ? header! : CSV_COLUMNS;
  const stocks: ImportedStock[] = [];
  for (const { line, cells } of hasHeader ? records.slice(1) : records) {
    const raw: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column && cells[i] !== undefined) raw[column] = unguardFormula(cells[i]);
    });
    const row: RawRow = { market: raw.market, code: raw.code, name: raw.name, note: raw.note, addedAt: raw.added_at };
    const result = readRow(row, line);
    if (result.ok) stocks.push(result.data);
    else problems.push(result.reason);
  }
  return { stocks, problems: problems.sort((a, b) => a.line - b.line) };
}
