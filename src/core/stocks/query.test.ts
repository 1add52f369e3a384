import { describe, expect, it } from 'vitest';
import { stockKey } from './normalise';
import { parseStockQuery } from './query';

const keys = (q: string) => parseStockQuery(q).map(stockKey);

describe('parseStockQuery', () => {
  it.each([
    ['00700', ['HK:00700']],
    ['0700.HK', ['HK:00700']],
    ['700', ['HK:00700']],
    ['700.HK', ['HK:00700']],
    ['700.hk', ['HK:00700']],
    ['700 HK', ['HK:00700']],
    ['HK.00700', ['HK:00700']],
    ['  ７００  ', ['HK:00700']],
    ['9988', ['HK:09988']],
    ['600519.SH', ['SH:600519']],
    ['600519.SS', ['SH:600519']],
    ['SH600519', ['SH:600519']],
    ['sh600519', ['SH:600519']],
    ['600519', ['SH:600519']],
    ['000046.SZ', ['SZ:000046']],
    ['SZ000046', ['SZ:000046']],
    ['000046', ['SZ:000046']],
    ['300750', ['SZ:300750']],
    ['005930.KS', ['KR:005930']],
    ['035720 KQ', ['KR:035720']],
    ['2330.TW', ['TW:2330']],
    ['0050.tw', ['TW:0050']],
    ['8069.TWO', ['TW:8069']],
    ['2330 TT', ['TW:2330']],
    ['835185.BJ', ['BJ:835185']],
    ['7203.T', ['JP:7203']],
    ['6857 JP', ['JP:6857']],
    ['NVDA', ['US:NVDA']],
    ['nvda', ['US:NVDA']],
    ['NASDAQ: NVDA', ['US:NVDA']],
    ['NYSE:BABA', ['US:BABA']],
    ['$TSLA', ['US:TSLA']],
    ['BABA.US', ['US:BABA']],
    ['AAPL US', ['US:AAPL']],
    ['700 HK', ['HK:00700']],
    ['BRK.B', ['US:BRK.B']],
    ['00700 09988', ['HK:00700', 'HK:09988']],
    ['00700, 600519.SH, NVDA', ['HK:00700', 'SH:600519', 'US:NVDA']],
    ['00700 00700', ['HK:00700']],
  ])('%j → %j', (q, expected) => {
    expect(keys(q)).toEqual(expected);
  });

  it.each([[''], ['   '], ['騰訊'], ['123456789'], ['399001'], ['0'], ['TOOLONGTICKER'], ['12.5%']])('%j is not a code', (q) => {
    expect(parseStockQuery(q)).toEqual([]);
  });
});
