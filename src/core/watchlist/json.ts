import { refuse } from '../result';
import { MAX_IMPORT_CHARS, readRow, type ImportProblem, type ImportResult, type ImportedStock } from './rows';
import { isObject } from './stored';
import type { WatchEntry } from './watch-entry';
import { UNKNOWN_TIME } from './watch-entry';
import { WATCHLIST_VERSION } from './migrate';

/** Names the file's format, so an import can tell a watchlist from any other JSON. */
export const JSON_FORMAT = 'broadsheet-watchlist';

/**
 * The watchlist as JSON: `{ format, version, exportedAt, stocks: [...] }`, one object per stock
 * with the same fields as the CSV plus where it was added from. Indented, so a person can read it
 * and an import's line numbers mean something.
 */
export function toJson(entries: readonly WatchEntry[], now: number): string {
  const stocks = entries.map((e) => ({
    market: e.market,
    code: e.code,
    ...(e.name ? { name: e.name } : {}),
    note: e.note,
    ...(e.addedAt !== UNKNOWN_TIME ? { addedAt: new Date(e.addedAt).toISOString() } : {}),
    ...(e.from ? { source: e.from.title } : {}),
  }));
  return `${JSON.stringify({ format: JSON_FORMAT, version: WATCHLIST_VERSION, exportedAt: new Date(now).toISOString(), stocks }, null, 2)}\n`;
}

/**
 * Reads a JSON watchlist: this app's export, or a bare array of `{ market, code, … }` objects.
 * A file that isn't JSON is one problem at the line the parser stopped; otherwise each bad item is
 * reported at the line where it starts, and every good one kept.
 */
export function parseJson(input: string): ImportResult {
  if (input.length > MAX_IMPORT_CHARS) return { stocks: [], problems: [{ line: 0, kind: 'size' }] };
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { stocks: [], problems: [{ line: 0, kind: 'empty' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { stocks: [], problems: [{ line: errorLine(text, error), kind: 'json' }] };
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.stocks) ? data.stocks : undefined;
  if (!items) return { stocks: [], problems: [{ line: 1, kind: 'format' }] };
  const lines = itemLines(text);
  const stocks: ImportedStock[] = [];
  const problems: ImportProblem[] = [];
  items.forEach((item: unknown, i) => {
    const line = lines[i] ?? 1;
    const row = isObject(item) ? readRow(item, line) : refuse({ line, kind: 'item' } as const);
    if (row.ok) stocks.push(row.data);
    else problems.push(row.reason);
  });
  return { stocks, problems };
}

/** The line the parser gave up at: engines say `line N` or `position N` in the message. */
function errorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : 1;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * The line where each item of the stock list starts: the top-level array, or the array under a
 * top-level `stocks` key. Runs on text JSON.parse has accepted, so it only tracks strings and depth.
 */
export function itemLines(text: string): number[] {
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  let target = -1;
  let expectItem = false;
  let inString = false;
  let stringStart = 0;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (expectItem && !/\s/.test(c) && c !== ']') {
      lines.push(line);
      expectItem = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && (depth === 1 || (depth === 2 && lastKey === 'stocks'))) {
        target = depth;
        lines = [];
        expectItem = true;
      }
    } else if (c === ']' || c === '}') {
      if (depth === target) target = -1;
      depth--;
      expectItem = false;
    } else if (c === ',' && depth === target) expectItem = true;
  }
  return lines;
}
