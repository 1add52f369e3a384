import { isProblem, MAX_IMPORT_CHARS, readRow, type ImportProblem, type ImportResult, type ImportedStock, type RawRow } from './rows';
import type { WatchEntry } from './watch-entry';
import { UNKNOWN_TIME } from './watch-entry';

/**
 * The watchlist as CSV (RFC 4180: comma-separated, double quotes around fields that need them,
 * CRLF between records) with a header row and a byte-order mark, so a spreadsheet opens the
 * Chinese names as UTF-8.
 */
export const CSV_COLUMNS = ['market', 'code', 'name', 'note', 'added_at'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export function toCsv(entries: readonly WatchEntry[]): string {
  const rows = entries.map((e) => [e.market, e.code, e.name ?? '', e.note, e.addedAt === UNKNOWN_TIME ? '' : new Date(e.addedAt).toISOString()]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`,
 * the spreadsheet convention for "this is text", so an exported note can't run as a formula.
 * An existing leading `'` before such a character gets one more, so import can undo it exactly.
 */
function field(value: string): string {
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unguard(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
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
export function parseCsv(input: string): ImportResult {
  if (input.length > MAX_IMPORT_CHARS) return { stocks: [], problems: [{ line: 0, kind: 'size' }] };
  const { records, problems } = csvRecords(input.replace(/^\uFEFF/, ''));
  if (records.length === 0 && problems.length === 0) return { stocks: [], problems: [{ line: 0, kind: 'empty' }] };
  const header = records[0]?.cells.map((c) => HEADER_WORDS[c.trim().toLowerCase()]);
  const hasHeader = header?.includes('code') ?? false;
  const columns: readonly (Column | undefined)[] = hasHeader ? header! : CSV_COLUMNS;
  const stocks: ImportedStock[] = [];
  const bad: ImportProblem[] = [...problems];
  for (const { line, cells } of hasHeader ? records.slice(1) : records) {
    const raw: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column && cells[i] !== undefined) raw[column] = unguard(cells[i]);
    });
    const row: RawRow = { market: raw.market, code: raw.code, name: raw.name, note: raw.note, addedAt: raw.added_at };
    const result = readRow(row, line);
    if (isProblem(result)) bad.push(result);
    else stocks.push(result);
  }
  return { stocks, problems: bad.sort((a, b) => a.line - b.line) };
}

interface CsvRecord {
  /** 1-based line where the record starts (a quoted field may run over several lines). */
  readonly line: number;
  readonly cells: string[];
}

/** Splits CSV text into records; blank lines are skipped; an unclosed quote is a problem at its line. */
export function csvRecords(text: string): { records: CsvRecord[]; problems: ImportProblem[] } {
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((x) => x.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const lineBreak = c === '\n' || (c === '\r' && text[i + 1] !== '\n');
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (lineBreak) endRecord();
    else if (c !== '\r') cell += c;
    if (lineBreak) {
      line++;
      if (!quoted) start = line;
    }
  }
  if (quoted) return { records, problems: [{ line: start, kind: 'quote' }] };
  endRecord();
  return { records, problems: [] };
}
