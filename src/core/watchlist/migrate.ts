import { stockKey } from '../stocks/normalise';
import { ok, refuse, type Result } from '../result';
import { parseStockQuery } from '../stocks/query';
import { isMarket, isObject } from './stored';
import type { WatchEntries, WatchEntry } from './watch-entry';
import { UNKNOWN_TIME } from './watch-entry';

/** The stored shape's version. Version 2 is `{ entries: WatchEntries }`. */
export const WATCHLIST_VERSION = 2;

/**
 * Version 1 (the first watchlist) kept only the watched codes, in list order, as stock keys:
 * `{ codes: ['HK:00700', 'SH:600519'] }`. A bare code (`'00700'`) is read the way the search box
 * reads it.
 */
export interface WatchlistV1 {
  readonly codes: readonly string[];
}

/** The migrated state and how many codes could not be read; or why nothing could be: a version it does not know, or a state not that version's shape. */
export type Migrated = Result<{ readonly state: { readonly entries: WatchEntries }; readonly rejected: number }, 'version' | 'shape'>;

/**
 * Brings a stored state of an older version up to version 2. Version 1 had no times, names or
 * notes: entries get `addedAt: UNKNOWN_TIME` (the list says so rather than invent a date) and
 * `updatedAt: now`. Codes that can't be read are counted in `rejected`, the rest kept.
 * A state that isn't the version's shape at all is refused (`shape`), as is any version but 1.
 */
export function migrateWatchlist(state: unknown, version: number, now: number): Migrated {
  if (version !== 1) return refuse('version');
  if (!isObject(state) || !Array.isArray(state.codes)) return refuse('shape');
  const entries: Record<string, WatchEntry> = {};
  let rejected = 0;
  for (const raw of state.codes as unknown[]) {
    const stock = typeof raw === 'string' ? readV1Code(raw) : undefined;
    if (!stock) {
      rejected++;
      continue;
    }
    const key = stockKey(stock);
    if (entries[key]) continue;
    const rank = Object.keys(entries).length;
    entries[key] = { ...stock, script: 'hant', note: '', rank, addedAt: UNKNOWN_TIME, updatedAt: now };
  }
  return ok({ state: { entries }, rejected });
}

function readV1Code(raw: string): { code: string; market: WatchEntry['market'] } | undefined {
  const m = /^([A-Z]{2}):(.+)$/.exec(raw);
  if (m && isMarket(m[1])) {
    const found = parseStockQuery(m[1] === 'HK' || m[1] === 'US' ? m[2]! : `${m[1]}${m[2]}`);
    return found.length === 1 && found[0]!.market === m[1] ? found[0] : undefined;
  }
  const found = parseStockQuery(raw);
  return found.length === 1 ? found[0] : undefined;
}
