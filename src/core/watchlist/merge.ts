import type { WatchEntries, WatchEntry } from './watch-entry';

/**
 * Two copies of the watchlist made one: for each stock, the entry changed last wins (a removal is
 * an entry too, a tombstone, so it wins over the older live copy and is not resurrected). Two tabs
 * that each add a stock therefore keep both; a note edited in one tab and a stock removed in
 * the other both survive.
 *
 * The merge is commutative, associative and idempotent, so it doesn't matter which tab writes
 * first or how often a copy is merged in. A tie in time (two tabs in the same millisecond) is
 * broken the same way everywhere: the removal, else the larger serialisation.
 *
 * Returns `ours` itself when `theirs` brings nothing new.
 */
export function mergeEntries(ours: WatchEntries, theirs: WatchEntries): WatchEntries {
  let out: Record<string, WatchEntry> | undefined;
  for (const [key, entry] of Object.entries(theirs)) {
    const mine = ours[key];
    if (mine === entry || (mine && !wins(entry, mine))) continue;
    out ??= { ...ours };
    out[key] = entry;
  }
  return out ?? ours;
}

/**
 * How long a removal is remembered. A tombstone only has to outlive the copies of the list that
 * still hold the stock (another tab left open, a write that was in flight); after a month it is
 * dropped, so a list that sees many stocks come and go doesn't grow for ever.
 */
export const TOMBSTONE_DAYS = 30;

/**
 * The entries without tombstones older than `days` (the same object when none is). A tab that
 * still holds such a stock forgets it when it next meets the stored list (see `mergeStored`).
 */
export function pruneTombstones(entries: WatchEntries, now: number, days = TOMBSTONE_DAYS): WatchEntries {
  const before = now - days * 86_400_000;
  let out: Record<string, WatchEntry> | undefined;
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.removedAt === undefined || entry.removedAt >= before) continue;
    out ??= { ...entries };
    delete out[key];
  }
  return out ?? entries;
}

/**
 * What this tab holds, with the stored list merged in: `mergeEntries`, and then what pruning
 * made safe. Every change is written at once and every write merges, so a stock stored once
 * stays stored, as a tombstone once removed, until that tombstone is pruned. A stock this tab
 * still holds unchanged since before the pruning horizon that the stored list no longer has at
 * all can only have been removed and forgotten (by another tab, a month ago): it is dropped, not
 * brought back. So a tab left open for longer than the horizon (asleep, never told of the
 * removal) doesn't resurrect what the reader removed, and pruning is sound whatever tabs hold.
 *
 * @example
 * mergeStored({ 'HK:00700': live }, {}, live.updatedAt + 31 * DAY) // {}: its tombstone was pruned
 */
export function mergeStored(ours: WatchEntries, stored: WatchEntries, now: number, days = TOMBSTONE_DAYS): WatchEntries {
  const horizon = now - days * 86_400_000;
  let kept: Record<string, WatchEntry> | undefined;
  for (const [key, entry] of Object.entries(ours)) {
    if (key in stored || entry.updatedAt >= horizon) continue;
    kept ??= { ...ours };
    delete kept[key];
  }
  return mergeEntries(kept ?? ours, stored);
}

/** Whether `a` should replace `b`. */
function wins(a: WatchEntry, b: WatchEntry): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  const aRemoved = a.removedAt !== undefined;
  if (aRemoved !== (b.removedAt !== undefined)) return aRemoved;
  return canonical(a) > canonical(b);
}

/** JSON with sorted keys, so equal entries compare equal whatever order their fields were written in. */
function canonical(e: WatchEntry): string {
  return JSON.stringify(e, [...Object.keys(e), ...Object.keys(e.from ?? {})].sort());
}
