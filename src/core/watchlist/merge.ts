import type { WatchEntries, WatchEntry } from './types';

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
