import { describe, expect, it } from 'vitest';
import { addEntry, isWatched, liveEntries, placeAt, removeEntry, setNote } from './entries';
import type { NewWatch, WatchEntries } from './watch-entry';

const TENCENT: NewWatch = { code: '00700', market: 'HK', name: '騰訊', script: 'hant' };
const ALIBABA: NewWatch = { code: '09988', market: 'HK', name: '阿里巴巴', script: 'hant' };
const MOUTAI: NewWatch = { code: '600519', market: 'SH', name: '贵州茅台', script: 'hans' };
const NVIDIA: NewWatch = { code: 'NVDA', market: 'US', script: 'hant' };

function list(...stocks: NewWatch[]): WatchEntries {
  return stocks.reduce<WatchEntries>((entries, s, i) => addEntry(entries, s, 1000 + i), {});
}
const codes = (entries: WatchEntries) => liveEntries(entries).map((e) => e.code);

describe('watchlist entries', () => {
  it('appends new stocks in order and stamps the time', () => {
    const entries = list(TENCENT, ALIBABA);
    expect(codes(entries)).toEqual(['00700', '09988']);
    expect(entries['HK:00700']).toMatchObject({ name: '騰訊', note: '', addedAt: 1000, updatedAt: 1000 });
  });

  it('does not add a stock twice', () => {
    const entries = list(TENCENT);
    expect(addEntry(entries, TENCENT, 5000)).toBe(entries);
  });

  it('removes by leaving a tombstone that drops the note, and can add the stock again', () => {
    let entries = setNote(list(TENCENT, ALIBABA), 'HK:00700', '長線', 2000);
    entries = removeEntry(entries, 'HK:00700', 3000);
    expect(isWatched(entries, 'HK:00700')).toBe(false);
    expect(entries['HK:00700']).toMatchObject({ removedAt: 3000, updatedAt: 3000, note: '' });
    expect(codes(entries)).toEqual(['09988']);
    entries = addEntry(entries, TENCENT, 4000);
    expect(codes(entries)).toEqual(['09988', '00700']);
    expect(entries['HK:00700']!.removedAt).toBeUndefined();
  });

  it('always moves updatedAt forward, even when the clock does not', () => {
    const entries = setNote(list(TENCENT), 'HK:00700', 'a', 1000);
    expect(entries['HK:00700']!.updatedAt).toBe(1001);
    expect(setNote(entries, 'HK:00700', 'b', 500)['HK:00700']!.updatedAt).toBe(1002);
  });

  it('leaves the entries untouched when a note does not change or the stock is not watched', () => {
    const entries = setNote(list(TENCENT), 'HK:00700', 'a', 2000);
    expect(setNote(entries, 'HK:00700', 'a', 3000)).toBe(entries);
    expect(setNote(entries, 'HK:09988', 'a', 3000)).toBe(entries);
  });

  it('moves a stock to any place, changing only that entry', () => {
    const entries = list(TENCENT, ALIBABA, MOUTAI, NVIDIA);
    const moved = placeAt(entries, 'US:NVDA', 1, 9000);
    expect(codes(moved)).toEqual(['00700', 'NVDA', '09988', '600519']);
    const changed = Object.keys(moved).filter((k) => moved[k] !== entries[k]);
    expect(changed).toEqual(['US:NVDA']);
    expect(codes(placeAt(moved, 'HK:00700', 3, 9001))).toEqual(['NVDA', '09988', '600519', '00700']);
    expect(codes(placeAt(moved, 'SH:600519', 0, 9002))).toEqual(['600519', '00700', 'NVDA', '09988']);
    expect(placeAt(moved, 'HK:00700', 0, 9003)).toBe(moved);
    expect(placeAt(moved, 'HK:99999', 0, 9003)).toBe(moved);
  });

  it('renumbers when repeated moves leave no room between two ranks', () => {
    let entries = list(TENCENT, ALIBABA, MOUTAI);
    for (let i = 0; i < 80; i++) {
      const key = i % 2 ? 'HK:09988' : 'SH:600519';
      entries = placeAt(entries, key, 1, 10_000 + i);
    }
    expect(codes(entries)).toEqual(['00700', '09988', '600519']);
    expect(new Set(liveEntries(entries).map((e) => e.rank)).size).toBe(3);
  });
});
