import { normaliseCode } from '../stocks/normalise';
import { ok, refuse, type Result } from '../result';
import { parseStockQuery } from '../stocks/query';
import type { Market } from '../stocks/stock-mention';
import { MAX_NOTE } from './watch-entry';

/**
 * One row of an imported file, checked. CSV and JSON imports both come down to these fields, so
 * they share one set of rules and one vocabulary of problems.
 */
export interface ImportedStock {
  readonly code: string;
  readonly market: Market;
  readonly name?: string;
  readonly note: string;
  /** Epoch ms, when the file says. */
  readonly addedAt?: number;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
}

/**
 * Why a row (or the whole file) was refused. The UI words each one; `line` is 1-based, and 0 for
 * the file as a whole.
 */
export type ImportProblemKind =
  | 'market' // a market other than HK, SH, SZ, US
  | 'code' // no code, or not a code of that market
  | 'date' // an added date that can't be read
  | 'note' // a note longer than MAX_NOTE
  | 'item' // a JSON item that is not an object
  | 'quote' // a CSV quote never closed
  | 'json' // not JSON at all
  | 'format' // JSON without a list of stocks
  | 'empty' // nothing in the file
  | 'size'; // far too large to be a watchlist

export interface ImportProblem {
  readonly line: number;
  readonly kind: ImportProblemKind;
  /** The offending value, cut short, so the message can show it. */
  readonly value?: string;
}

export interface ImportResult {
  readonly stocks: readonly ImportedStock[];
  readonly problems: readonly ImportProblem[];
}

/** A watchlist file is a few kB; anything past this is not one. */
export const MAX_IMPORT_CHARS = 2_000_000;

export interface RawRow {
  readonly market?: unknown;
  readonly code?: unknown;
  readonly name?: unknown;
  readonly note?: unknown;
  readonly addedAt?: unknown;
}

const MARKET_WORDS: Record<string, Market> = { HK: 'HK', SH: 'SH', SS: 'SH', SZ: 'SZ', BJ: 'BJ', US: 'US', JP: 'JP', T: 'JP', KR: 'KR', KS: 'KR', KQ: 'KR', TW: 'TW', TWO: 'TW' };
const MAX_NAME = 40;

/**
 * Checks one row. A market may be left empty when the code says it (`0700.HK`, `600519`, `NVDA`);
 * codes are normalised (`700` in HK is `00700`); dates may be ISO strings or epoch ms.
 */
export function readRow(raw: RawRow, line: number): Result<ImportedStock, ImportProblem> {
  const code = text(raw.code);
  const marketText = text(raw.market).toUpperCase();
  let market: Market | undefined = MARKET_WORDS[marketText];
  if (marketText !== '' && !market) return refuse({ line, kind: 'market', value: short(marketText) });
  let normalised = '';
  if (market) normalised = code === '' ? '' : normaliseCode(code, market);
  else {
    const found = parseStockQuery(code);
    if (found.length === 1) ({ code: normalised, market } = found[0]!);
  }
  if (!market || normalised === '') return refuse({ line, kind: 'code', value: short(code) });
  const note = typeof raw.note === 'string' ? raw.note : text(raw.note);
  if (note.length > MAX_NOTE) return refuse({ line, kind: 'note' });
  const addedAt = readTime(raw.addedAt);
  if (addedAt === null) return refuse({ line, kind: 'date', value: short(text(raw.addedAt)) });
  const name = text(raw.name).replace(/\s+/g, ' ').slice(0, MAX_NAME);
  return ok({
    code: normalised,
    market,
    ...(name ? { name } : {}),
    note,
    ...(addedAt !== undefined ? { addedAt } : {}),
    line,
  });
}

/** Undefined when absent; null when present but unreadable. */
function readTime(raw: unknown): number | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const time = typeof raw === 'number' ? raw : typeof raw === 'string' ? Date.parse(raw.trim()) : NaN;
  return Number.isFinite(time) && time >= 0 ? time : null;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function short(value: string): string {
  return value.length > 24 ? `${value.slice(0, 24)}…` : value;
}
