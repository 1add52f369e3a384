import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEntry, liveEntries, removeEntry, setNote } from './entries';
import { mergeEntries, mergeStored, pruneTombstones, TOMBSTONE_DAYS } from './merge';
import type { WatchEntries, WatchEntry } from './watch-entry';

const codes = (entries: WatchEntries) => liveEntries(entries).map((e) => e.code);

describe('merging two tabs’ watchlists', () => {
  const start = addEntry({}, { code: '00700', market: 'HK', script: 'hant' }, 1000);

  it('keeps a stock added in each tab', () => {
    const tabA = addEntry(start, { code: '09988', market: 'HK', script: 'hant' }, 2000);
    const tabB = addEntry(start, { code: '600519', market: 'SH', script: 'hans' }, 2001);
    expect(codes(mergeEntries(tabA, tabB))).toEqual(['00700', '09988', '600519']);
    expect(codes(mergeEntries(tabB, tabA))).toEqual(['00700', '09988', '600519']);
  });

  it('does not bring back a stock removed in one tab from the other tab’s older copy', () => {
    const tabA = removeEntry(start, 'HK:00700', 2000);
    expect(codes(mergeEntries(tabA, start))).toEqual([]);
    expect(codes(mergeEntries(start, tabA))).toEqual([]);
  });

  it('keeps the later of two edits to the same stock', () => {
    const tabA = setNote(start, 'HK:00700', 'from A', 2000);
    const tabB = setNote(start, 'HK:00700', 'from B', 3000);
    expect(mergeEntries(tabA, tabB)['HK:00700']!.note).toBe('from B');
    expect(mergeEntries(tabB, tabA)['HK:00700']!.note).toBe('from B');
  });

  it('lets a stock added again after its removal win over the tombstone', () => {
    const removed = removeEntry(start, 'HK:00700', 2000);
    const again = addEntry(removed, { code: '00700', market: 'HK', script: 'hant' }, 3000);
    expect(codes(mergeEntries(removed, again))).toEqual(['00700']);
  });

  it('returns our own object when theirs brings nothing new', () => {
    const tabA = setNote(start, 'HK:00700', 'x', 2000);
    expect(mergeEntries(tabA, start)).toBe(tabA);
    expect(mergeEntries(tabA, {})).toBe(tabA);
  });

  const entry: fc.Arbitrary<WatchEntry> = fc.record(
    {
      code: fc.constantFrom('00700', '09988', '01810'),
      market: fc.constant('HK' as const),
      script: fc.constantFrom('hant' as const, 'hans' as const),
      note: fc.string({ maxLength: 3 }),
      rank: fc.integer({ min: 0, max: 5 }),
      addedAt: fc.integer({ min: 0, max: 5 }),
      updatedAt: fc.integer({ min: 0, max: 5 }),
      removedAt: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: ['code', 'market', 'script', 'note', 'rank', 'addedAt', 'updatedAt'] },
  );
  const entries: fc.Arbitrary<WatchEntries> = fc
    .array(entry, { maxLength: 4 })
    .map((list) => Object.fromEntries(list.map((e) => [`HK:${e.code}`, e])));

  it('is commutative, associative and idempotent (any order of writes gives the same list)', () => {
    fc.assert(
      fc.property(entries, entries, entries, (a, b, c) => {
        expect(mergeEntries(a, b)).toEqual(mergeEntries(b, a));
        expect(mergeEntries(mergeEntries(a, b), c)).toEqual(mergeEntries(a, mergeEntries(b, c)));
        expect(mergeEntries(a, a)).toBe(a);
      }),
    );
  });
});

describe('pruning tombstones', () => {
  const DAY = 86_400_000;
  const list = addEntry(addEntry({}, { code: '00700', market: 'HK', script: 'hant' }, 1000), { code: '09988', market: 'HK', script: 'hant' }, 1000);
  const removed = removeEntry(list, 'HK:09988', 2000);

  it('drops a removal older than a month, and keeps the stocks still watched', () => {
    const later = pruneTombstones(removed, 2000 + (TOMBSTONE_DAYS + 1) * DAY);
    expect(Object.keys(later)).toEqual(['HK:00700']);
    expect(codes(later)).toEqual(['00700']);
  });

  it('keeps a recent removal, so an older copy in another tab cannot bring the stock back', () => {
    const soon = pruneTombstones(removed, 2000 + DAY);
    expect(soon).toBe(removed);
    expect(codes(mergeEntries(soon, list))).toEqual(['00700']);
  });

  it('never drops a watched stock, however old', () => {
    expect(pruneTombstones(list, 1000 + 10_000 * DAY)).toBe(list);
  });
});

describe('a tab meeting the stored list after a tombstone was pruned', () => {
  const DAY = 86_400_000;
  const held = addEntry({}, { code: '00700', market: 'HK', script: 'hant' }, 1000);
  const removedAt = 2000;
  // Another tab removed the stock, and a month later a write pruned the tombstone.
  const stored = pruneTombstones(removeEntry(held, 'HK:00700', removedAt), removedAt + (TOMBSTONE_DAYS + 1) * DAY);

  it('forgets the stock rather than bringing it back', () => {
    expect(stored).toEqual({});
    const now = removedAt + (TOMBSTONE_DAYS + 1) * DAY;
    expect(codes(mergeEntries(held, stored))).toEqual(['00700']); // what plain merging would do
    expect(codes(mergeStored(held, stored, now))).toEqual([]);
  });

  it('keeps a stock changed within the horizon that the stored list has not seen yet', () => {
    const now = 1000 + DAY;
    expect(codes(mergeStored(held, {}, now))).toEqual(['00700']);
  });

  it('keeps what the stored list still has, and merges as mergeEntries does', () => {
    const now = 1000 + (TOMBSTONE_DAYS + 5) * DAY;
    const other = addEntry({}, { code: '09988', market: 'HK', script: 'hant' }, 5000);
    expect(codes(mergeStored(held, { ...held, ...other }, now))).toEqual(['00700', '09988']);
    expect(mergeStored(held, held, now)).toBe(held);
  });

  it('drops only what the stored list lacks and what is older than the horizon (any lists)', () => {
    const entry = fc.record({ code: fc.constantFrom('00700', '09988', '01810'), updatedAt: fc.integer({ min: 0, max: 100 * DAY }) });
    const list = fc.array(entry, { maxLength: 3 }).map((l) =>
      Object.fromEntries(l.map((e) => [`HK:${e.code}`, { code: e.code, market: 'HK' as const, script: 'hant' as const, note: '', rank: 0, addedAt: 0, updatedAt: e.updatedAt }])),
    );
    fc.assert(
      fc.property(list, list, fc.integer({ min: 0, max: 100 * DAY }), (ours, theirs, now) => {
        const merged = mergeStored(ours, theirs, now);
        for (const key of Object.keys(theirs)) expect(merged).toHaveProperty([key]);
        for (const [key, e] of Object.entries(ours)) {
          const kept = key in merged;
          expect(kept).toBe(key in theirs || e.updatedAt >= now - TOMBSTONE_DAYS * DAY);
        }
      }),
    );
  });
});
