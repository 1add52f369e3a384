import { detectScript } from '../script/detect-script';
import { stockKey } from '../stocks/normalise';
import { addEntry, setNote } from './entries';
import type { ImportedStock } from './rows';
import type { WatchEntries } from './watch-entry';

export interface ImportSummary {
  readonly entries: WatchEntries;
  /** Stocks that were not on the list and now are. */
  readonly added: number;
  /** Stocks already on the list (or twice in the file): kept once, not duplicated. */
  readonly already: number;
}

/**
 * Merges imported stocks into the list: new ones are appended in the file's order; one already
 * watched keeps its place and its note (an imported note only fills an empty one). The list
 * never holds a stock twice.
 */
export function importStocks(entries: WatchEntries, stocks: readonly ImportedStock[], now: number): ImportSummary {
  let out = entries;
  let added = 0;
  let already = 0;
  for (const stock of stocks) {
    const key = stockKey(stock);
    const existing = out[key];
    if (existing && existing.removedAt === undefined) {
      already++;
      if (existing.note === '' && stock.note !== '') out = setNote(out, key, stock.note, now);
      continue;
    }
    const script = detectScript(`${stock.name ?? ''}${stock.note}`);
    out = addEntry(out, { ...stock, script }, now);
    added++;
  }
  return { entries: out, added, already };
}
