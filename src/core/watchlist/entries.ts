import { stockKey } from '../stocks/normalise';
import { MAX_NOTE, type NewWatch, type WatchEntries, type WatchEntry } from './watch-entry';

/**
 * The watchlist's edits as pure functions: each takes the entries and the time and returns new
 * entries (the same object when nothing changes, so subscribers don't re-render for nothing).
 */

/**
 * A time later than both `now` and the entry's last change: an edit must win the merge against the
 * copy it replaces even when the clock has not moved (two edits in one millisecond) or went back.
 */
export function nextTime(now: number, previous: WatchEntry | undefined): number {
  return previous ? Math.max(now, previous.updatedAt + 1) : now;
}

/** The watched stocks (no tombstones) in list order. */
export function liveEntries(entries: WatchEntries): WatchEntry[] {
  return Object.values(entries)
    .filter((e) => e.removedAt === undefined)
    .sort((a, b) => a.rank - b.rank || a.addedAt - b.addedAt || (stockKey(a) < stockKey(b) ? -1 : 1));
}

export function isWatched(entries: WatchEntries, key: string): boolean {
  const entry = entries[key];
  return entry !== undefined && entry.removedAt === undefined;
}

/** Appends a stock at the end of the list; a stock already watched is left as it is. */
export function addEntry(entries: WatchEntries, stock: NewWatch, now: number): WatchEntries {
  const key = stockKey(stock);
  const previous = entries[key];
  if (previous && previous.removedAt === undefined) return entries;
  const last = liveEntries(entries).at(-1);
  const time = nextTime(now, previous);
  const entry: WatchEntry = {
    code: stock.code,
    market: stock.market,
    ...(stock.name ? { name: stock.name } : {}),
    script: stock.script,
    note: clipNote(stock.note ?? ''),
    rank: last ? Math.floor(last.rank) + 1 : 0,
    addedAt: stock.addedAt ?? time,
    updatedAt: time,
    ...(stock.from ? { from: stock.from } : {}),
  };
  return { ...entries, [key]: entry };
}

/** Leaves a tombstone (the note is dropped: a removed stock keeps nothing the reader wrote). */
export function removeEntry(entries: WatchEntries, key: string, now: number): WatchEntries {
  const previous = entries[key];
  if (!previous || previous.removedAt !== undefined) return entries;
  const time = nextTime(now, previous);
  const { code, market, script, rank, addedAt } = previous;
  return { ...entries, [key]: { code, market, script, note: '', rank, addedAt, updatedAt: time, removedAt: time } };
}

export function setNote(entries: WatchEntries, key: string, note: string, now: number): WatchEntries {
  const previous = entries[key];
  const clipped = clipNote(note);
  if (!previous || previous.removedAt !== undefined || previous.note === clipped) return entries;
  return { ...entries, [key]: { ...previous, note: clipped, updatedAt: nextTime(now, previous) } };
}

/**
 * Moves a watched stock so it ends up at `toIndex` in the list. Only the moved entry changes (its
 * rank goes between its new neighbours'), so a move in one tab merges with edits in another; when
 * repeated halving has left no room between two ranks, the list is renumbered first.
 */
export function placeAt(entries: WatchEntries, key: string, toIndex: number, now: number): WatchEntries {
  const live = liveEntries(entries);
  const from = live.findIndex((e) => stockKey(e) === key);
  const to = Math.max(0, Math.min(live.length - 1, toIndex));
  if (from < 0 || from === to) return entries;
  let others = live.filter((_, i) => i !== from);
  let out = entries;
  if (!roomBetween(others[to - 1], others[to])) {
    out = renumber(out, others, now);
    others = others.map((e) => out[stockKey(e)]!);
  }
  const before = others[to - 1]?.rank;
  const after = others[to]?.rank;
  const rank =
    before === undefined ? (after ?? 0) - 1 : after === undefined ? before + 1 : (before + after) / 2;
  const moved = out[key]!;
  return { ...out, [key]: { ...moved, rank, updatedAt: nextTime(now, moved) } };
}

function roomBetween(a: WatchEntry | undefined, b: WatchEntry | undefined): boolean {
  if (!a || !b) return true;
  const mid = (a.rank + b.rank) / 2;
  return mid > a.rank && mid < b.rank && b.rank - a.rank > 1e-6;
}

function renumber(entries: WatchEntries, ordered: readonly WatchEntry[], now: number): WatchEntries {
  const out: Record<string, WatchEntry> = { ...entries };
  ordered.forEach((e, i) => {
    out[stockKey(e)] = { ...e, rank: i, updatedAt: nextTime(now, e) };
  });
  return out;
}

function clipNote(note: string): string {
  return note.length > MAX_NOTE ? [...note].slice(0, MAX_NOTE).join('') : note;
}
