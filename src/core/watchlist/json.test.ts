import { describe, expect, it } from 'vitest';
import { addEntry, liveEntries, setNote } from './entries';
import { importStocks } from './import';
import { itemLines, parseJson, toJson } from './json';
import type { WatchEntries } from './watch-entry';

const ADDED = Date.UTC(2025, 1, 1, 9, 30);

function sampleList(): WatchEntries {
  let entries: WatchEntries = {};
  const from = { pageId: 'sample', articleId: 'a2', title: 'DeepSeek牽動AI產業價值重估', at: 1545 };
  entries = addEntry(entries, { code: '00700', market: 'HK', name: '騰訊', script: 'hant', from }, ADDED);
  entries = addEntry(entries, { code: 'NVDA', market: 'US', script: 'hant' }, ADDED + 1);
  return setNote(entries, 'HK:00700', '睇好 "AI"\n長線', ADDED + 2);
}

describe('watchlist JSON', () => {
  it('names its format and version and lists the stocks with where they came from', () => {
    const data = JSON.parse(toJson(liveEntries(sampleList()), ADDED + 10));
    expect(data).toMatchObject({ format: 'broadsheet-watchlist', version: 2, exportedAt: '2025-02-01T09:30:00.010Z' });
    expect(data.stocks[0]).toEqual({
      market: 'HK',
      code: '00700',
      name: '騰訊',
      note: '睇好 "AI"\n長線',
      addedAt: '2025-02-01T09:30:00.000Z',
      source: 'DeepSeek牽動AI產業價值重估',
    });
  });

  it('round-trips, and importing into a list that has some of them adds no duplicates', () => {
    const original = sampleList();
    const { stocks, problems } = parseJson(toJson(liveEntries(original), 0));
    expect(problems).toEqual([]);
    const fresh = liveEntries(importStocks({}, stocks, 9).entries);
    expect(fresh.map((e) => [e.code, e.name, e.note, e.addedAt])).toEqual(liveEntries(original).map((e) => [e.code, e.name, e.note, e.addedAt]));
    const partial = addEntry({}, { code: 'NVDA', market: 'US', script: 'hant' }, 5);
    const merged = importStocks(partial, stocks, 9);
    expect([merged.added, merged.already]).toEqual([1, 1]);
    expect(liveEntries(merged.entries).map((e) => e.code)).toEqual(['NVDA', '00700']);
  });

  it('reports each bad item at the line where it starts and keeps the good ones', () => {
    const text = [
      '{', // 1
      '  "format": "broadsheet-watchlist",', // 2
      '  "stocks": [', // 3
      '    { "market": "HK", "code": "00700" },', // 4
      '    { "market": "HKG", "code": "00005" },', // 5
      '    "00700",', // 6
      '    {', // 7
      '      "market": "SZ",', // 8
      '      "code": "000001", "addedAt": "someday"', // 9
      '    },', // 10
      '    { "code": "9988" }', // 11
      '  ]', // 12
      '}', // 13
    ].join('\n');
    const { stocks, problems } = parseJson(text);
    expect(stocks.map((s) => [s.line, s.market, s.code])).toEqual([
      [4, 'HK', '00700'],
      [11, 'HK', '09988'],
    ]);
    expect(problems).toEqual([
      { line: 5, kind: 'market', value: 'HKG' },
      { line: 6, kind: 'item' },
      { line: 7, kind: 'date', value: 'someday' },
    ]);
  });

  it('accepts a bare array of stocks', () => {
    expect(parseJson('[{"market":"SH","code":"600519","name":"茅台"}]').stocks).toEqual([
      { market: 'SH', code: '600519', name: '茅台', note: '', line: 1 },
    ]);
  });

  it('reports a file that is not JSON at the line the parser stopped, and JSON without stocks as such', () => {
    expect(parseJson('{\n  "stocks": [\n    { "code": "00700", }\n  ]\n}').problems).toEqual([{ line: 3, kind: 'json' }]);
    expect(parseJson('{"watch": []}').problems).toEqual([{ line: 1, kind: 'format' }]);
    expect(parseJson('  ').problems).toEqual([{ line: 0, kind: 'empty' }]);
  });

  it('finds item lines past strings holding brackets, commas and escaped quotes', () => {
    expect(itemLines('{"note": "[,]\\"", "stocks": [\n{"a": "],"},\n\n[1, 2]\n]}')).toEqual([2, 4]);
  });
});
