import { normaliseCode, stockKey } from '../stocks/normalise';
import type { Market } from '../stocks/stock-mention';
import { MAX_NOTE, type WatchEntries, type WatchEntry, type WatchSource } from './watch-entry';

/**
 * Reading back what was stored. Storage is outside the app's control (another version of the app,
 * an extension, a hand edit), so every entry is checked before it is believed.
 */

export const MARKETS: readonly Market[] = ['HK', 'SH', 'SZ', 'BJ', 'US', 'JP', 'KR', 'TW'];

export function isMarket(value: unknown): value is Market {
  return typeof value === 'string' && (MARKETS as readonly string[]).includes(value);
}

export interface ReadEntries {
  readonly entries: WatchEntries;
  /** Entries that were not valid and were left out. */
  readonly rejected: number;
}

/** The entries of a stored version-2 state, or undefined when it is not that shape at all. */
export function readEntries(state: unknown): ReadEntries | undefined {
  if (!isObject(state) || !isObject(state.entries)) return undefined;
  const entries: Record<string, WatchEntry> = {};
  let rejected = 0;
  for (const [key, raw] of Object.entries(state.entries)) {
    const entry = readEntry(raw);
    if (entry && stockKey(entry) === key) entries[key] = entry;
    else rejected++;
  }
  return { entries, rejected };
}

function readEntry(raw: unknown): WatchEntry | undefined {
  if (!isObject(raw)) return undefined;
  const { code, market, name, script, note, rank, addedAt, updatedAt, removedAt, from } = raw;
  if (!isMarket(market) || typeof code !== 'string' || normaliseCode(code, market) !== code) return undefined;
  if (script !== 'hant' && script !== 'hans') return undefined;
  if (typeof note !== 'string' || note.length > MAX_NOTE * 2) return undefined;
  if (!isTime(addedAt) || !isTime(updatedAt) || !Number.isFinite(rank)) return undefined;
  if (name !== undefined && typeof name !== 'string') return undefined;
  if (removedAt !== undefined && !isTime(removedAt)) return undefined;
  const source = from === undefined ? undefined : readSource(from);
  if (from !== undefined && !source) return undefined;
  return {
    code,
    market,
    ...(name ? { name } : {}),
    script,
    note,
    rank: rank as number,
    addedAt,
    updatedAt,
    ...(removedAt !== undefined ? { removedAt } : {}),
    ...(source ? { from: source } : {}),
  };
}

function readSource(raw: unknown): WatchSource | undefined {
  if (!isObject(raw)) return undefined;
  const { pageId, articleId, title, at } = raw;
  if (typeof pageId !== 'string' || typeof articleId !== 'string' || typeof title !== 'string') return undefined;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0) return undefined;
  return { pageId, articleId, title, at };
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
