import { describe, expect, it } from 'vitest';
import { liveEntries } from './entries';
import { migrateWatchlist } from './migrate';
import { readEntries } from './stored';
import { UNKNOWN_TIME } from './watch-entry';

describe('migrating the stored watchlist', () => {
  it('brings version 1 (codes only) to version 2, in the same order, with the time unknown', () => {
    const result = migrateWatchlist({ codes: ['HK:00700', 'SH:600519', '9988', 'US:NVDA', 'HK:00700'] }, 1, 5000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rejected).toBe(0);
    expect(liveEntries(result.data.state.entries).map((e) => `${e.market}:${e.code}`)).toEqual(['HK:00700', 'SH:600519', 'HK:09988', 'US:NVDA']);
    expect(result.data.state.entries['HK:00700']).toEqual({ code: '00700', market: 'HK', script: 'hant', note: '', rank: 0, addedAt: UNKNOWN_TIME, updatedAt: 5000 });
    expect(readEntries(result.data.state)).toEqual({ entries: result.data.state.entries, rejected: 0 });
  });

  it('counts version-1 codes it cannot read and keeps the rest', () => {
    const result = migrateWatchlist({ codes: ['HK:00700', 'nonsense', 42, 'HK:ABC'] }, 1, 1);
    expect(result.ok && result.data.rejected).toBe(3);
    expect(result.ok && Object.keys(result.data.state.entries)).toEqual(['HK:00700']);
  });

  it('refuses a state that is not version 1’s shape, or an unknown version', () => {
    expect(migrateWatchlist({ list: [] }, 1, 1)).toEqual({ ok: false, reason: 'shape' });
    expect(migrateWatchlist('HK:00700', 1, 1)).toEqual({ ok: false, reason: 'shape' });
    expect(migrateWatchlist({ codes: [] }, 0, 1)).toEqual({ ok: false, reason: 'version' });
    expect(migrateWatchlist({ codes: [] }, 2, 1)).toEqual({ ok: false, reason: 'version' });
  });
});

describe('reading a stored version-2 state', () => {
  const good = { code: '00700', market: 'HK', script: 'hant', note: '', rank: 0, addedAt: 1, updatedAt: 1 };

  it('keeps valid entries and counts the invalid ones', () => {
    const read = readEntries({
      entries: {
        'HK:00700': good,
        'HK:09988': { ...good, code: '09988', from: { pageId: 'sample', articleId: 'a2', title: 't', at: -1 } },
        'HK:01810': { ...good }, // key and code disagree
        'XX:1': { ...good, market: 'XX' },
      },
    });
    expect(read).toEqual({ entries: { 'HK:00700': good }, rejected: 3 });
  });

  it('says when the state is not the shape at all', () => {
    expect(readEntries(null)).toBeUndefined();
    expect(readEntries({ entries: [] })).toBeUndefined();
    expect(readEntries({ codes: ['HK:00700'] })).toBeUndefined();
  });
});
