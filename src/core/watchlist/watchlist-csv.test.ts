import { describe, expect, it } from 'vitest';
import { parseWatchlistCsv, watchlistCsv } from './watchlist-csv';
import { addEntry, liveEntries, setNote } from './entries';
import { importStocks } from './import';
import { UNKNOWN_TIME, type WatchEntries } from './watch-entry';

const ADDED = Date.UTC(2025, 1, 1, 9, 30);

function sampleList(): WatchEntries {
  let entries: WatchEntries = {};
  entries = addEntry(entries, { code: '00700', market: 'HK', name: '騰訊', script: 'hant' }, ADDED);
  entries = addEntry(entries, { code: '600519', market: 'SH', name: '贵州茅台', script: 'hans', addedAt: UNKNOWN_TIME }, ADDED);
  entries = addEntry(entries, { code: 'BRK.B', market: 'US', script: 'hant' }, ADDED);
  entries = setNote(entries, 'HK:00700', '估值合理, 逢低吸納\n"AI" 受惠', ADDED);
  entries = setNote(entries, 'SH:600519', '=HYPERLINK("x") 不是公式', ADDED);
  return setNote(entries, 'US:BRK.B', "'+1 已有引號 ", ADDED);
}

describe('watchlist CSV', () => {
  it('writes a header, a BOM for spreadsheets, CRLF records and quotes fields that need them', () => {
    const csv = watchlistCsv(liveEntries(sampleList()));
    expect(csv.startsWith('\uFEFFmarket,code,name,note,added_at\r\n')).toBe(true);
    expect(csv).toContain('HK,00700,騰訊,"估值合理, 逢低吸納\n""AI"" 受惠",2025-02-01T09:30:00.000Z\r\n');
    expect(csv).toContain(`SH,600519,贵州茅台,"'=HYPERLINK(""x"") 不是公式",\r\n`);
  });

  it('round-trips: export, import into an empty list, same stocks, names, notes and dates', () => {
    const original = liveEntries(sampleList());
    const { stocks, problems } = parseWatchlistCsv(watchlistCsv(original));
    expect(problems).toEqual([]);
    const back = liveEntries(importStocks({}, stocks, 5).entries);
    const fields = (e: (typeof original)[number]) => [e.market, e.code, e.name, e.note, e.addedAt];
    expect(back.map(fields)).toEqual(original.map((e) => [...fields(e).slice(0, 4), e.addedAt === UNKNOWN_TIME ? 5 : e.addedAt]));
  });

  it('reports each bad row by its line number and keeps every good row', () => {
    const csv = [
      'market,code,name,note', // 1
      'HK,700,騰訊,', // 2: normalised to 00700
      'XX,00700,,', // 3: unknown market
      'HK,,空,', // 4: no code
      '', // 5: blank, skipped
      'SH,600519,茅台,"兩行', // 6: a note over two lines
      '筆記"', // 7
      'US,NVDA,,', // 8
      'HK,1234567,太長,', // 9: not an HK code
    ].join('\n');
    const { stocks, problems } = parseWatchlistCsv(csv);
    expect(stocks.map((s) => [s.line, s.market, s.code])).toEqual([
      [2, 'HK', '00700'],
      [6, 'SH', '600519'],
      [8, 'US', 'NVDA'],
    ]);
    expect(stocks[1]!.note).toBe('兩行\n筆記');
    expect(problems).toEqual([
      { line: 3, kind: 'market', value: 'XX' },
      { line: 4, kind: 'code', value: '' },
      { line: 9, kind: 'code', value: '1234567' },
    ]);
  });

  it('reads columns by header name in any order, in Chinese too, and infers the market from the code', () => {
    const { stocks, problems } = parseWatchlistCsv('代號,名稱,市場\r\n0700.HK,騰訊,\r\n600519,茅台,\r\n');
    expect(problems).toEqual([]);
    expect(stocks.map((s) => `${s.market}:${s.code}:${s.name}`)).toEqual(['HK:00700:騰訊', 'SH:600519:茅台']);
  });

  it('reads a file without a header as market, code, name, note, added_at', () => {
    expect(parseWatchlistCsv('HK,9988,阿里巴巴,留意,2025-02-03').stocks).toEqual([
      { market: 'HK', code: '09988', name: '阿里巴巴', note: '留意', addedAt: Date.parse('2025-02-03'), line: 1 },
    ]);
  });

  it('reports an unreadable date and an unclosed quote at their lines', () => {
    expect(parseWatchlistCsv('HK,00700,,,next tuesday').problems).toEqual([{ line: 1, kind: 'date', value: 'next tuesday' }]);
    const unclosed = parseWatchlistCsv('HK,00700,,\nHK,09988,"阿里\n\n');
    expect(unclosed.stocks.map((s) => s.code)).toEqual(['00700']);
    expect(unclosed.problems).toEqual([{ line: 2, kind: 'quote' }]);
  });

  it('says an empty file is empty', () => {
    expect(parseWatchlistCsv('\uFEFF\r\n\r\n').problems).toEqual([{ line: 0, kind: 'empty' }]);
  });
});
