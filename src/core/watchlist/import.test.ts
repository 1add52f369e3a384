import { describe, expect, it } from 'vitest';
import { addEntry, liveEntries, removeEntry } from './entries';
import { parseWatchlistFile } from './file';
import { importStocks } from './import';

describe('importing into the watchlist', () => {
  const start = addEntry({}, { code: '00700', market: 'HK', name: '騰訊', script: 'hant' }, 1000);

  it('appends new stocks in file order, keeps what is there, and fills only an empty note', () => {
    const { entries, added, already } = importStocks(
      start,
      [
        { code: '600519', market: 'SH', name: '贵州茅台', note: '', line: 2 },
        { code: '00700', market: 'HK', name: '騰訊控股', note: '從檔案來的筆記', line: 3 },
        { code: '600519', market: 'SH', note: 'twice in the file', line: 4 },
      ],
      2000,
    );
    expect([added, already]).toEqual([1, 2]);
    expect(liveEntries(entries).map((e) => [e.code, e.name, e.note])).toEqual([
      ['00700', '騰訊', '從檔案來的筆記'],
      ['600519', '贵州茅台', 'twice in the file'],
    ]);
    expect(entries['SH:600519']!.script).toBe('hans');
  });

  it('brings back a stock that was removed', () => {
    const removed = removeEntry(start, 'HK:00700', 1500);
    const { entries, added } = importStocks(removed, [{ code: '00700', market: 'HK', note: '', line: 1 }], 2000);
    expect(added).toBe(1);
    expect(liveEntries(entries).map((e) => e.code)).toEqual(['00700']);
  });

  it('reads a file as JSON by its name or its first character, else as CSV', () => {
    expect(parseWatchlistFile('list.json', '[{"code":"700"}]').stocks.map((s) => s.code)).toEqual(['00700']);
    expect(parseWatchlistFile('list.txt', '\uFEFF  {"stocks":[{"code":"NVDA"}]}').stocks.map((s) => s.code)).toEqual(['NVDA']);
    expect(parseWatchlistFile('list.csv', 'HK,700').stocks.map((s) => s.code)).toEqual(['00700']);
  });
});
