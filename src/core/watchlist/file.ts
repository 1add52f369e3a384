import { parseWatchlistCsv } from './watchlist-csv';
import { parseJson } from './json';
import type { ImportResult } from './rows';

/** Reads an imported file: `.json`, or any file whose text starts with `{` or `[`, as JSON; else CSV. */
export function parseWatchlistFile(fileName: string, text: string): ImportResult {
  const json = /\.json$/i.test(fileName) || /^\uFEFF?\s*[[{]/.test(text);
  return json ? parseJson(text) : parseWatchlistCsv(text);
}
