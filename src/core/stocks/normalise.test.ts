import { describe, expect, it } from 'vitest';
import { aShareMarket, isIndexCode, normaliseCode, stockKey } from './normalise';
import type { Market } from './stock-mention';

describe('normaliseCode', () => {
  it.each<[string, Market, string]>([
    ['700', 'HK', '00700'],
    ['0700', 'HK', '00700'],
    ['00700', 'HK', '00700'],
    ['000700', 'HK', '00700'],
    ['７００', 'HK', '00700'],
    ['（０９９８８）', 'HK', '09988'],
    ['0700.HK', 'HK', '00700'],
    ['9988.hk', 'HK', '09988'],
    ['1', 'HK', '00001'],
    ['123456', 'HK', ''],
    ['0', 'HK', ''],
    ['HK', 'HK', ''],
    ['600519', 'SH', '600519'],
    ['SH600519', 'SH', '600519'],
    ['600519.SS', 'SH', '600519'],
    ['000046.SZ', 'SZ', '000046'],
    ['46', 'SZ', '000046'],
    ['１２３４５６７', 'SZ', ''],
    ['NVDA', 'US', 'NVDA'],
    ['nvda', 'US', 'NVDA'],
    ['NASDAQ: NVDA', 'US', 'NVDA'],
    ['ＮＶＤＡ', 'US', 'NVDA'],
    ['BABA.US', 'US', 'BABA'],
    ['NVDA.O', 'US', 'NVDA'],
    ['BRK.B', 'US', 'BRK.B'],
    ['$TSLA', 'US', 'TSLA'],
    ['TOOLONG', 'US', ''],
    ['700', 'US', ''],
  ])('%j in %s → %j', (raw, market, code) => {
    expect(normaliseCode(raw, market)).toBe(code);
  });
});

describe('aShareMarket', () => {
  it.each([
    ['600519', 'SH'],
    ['603885', 'SH'],
    ['688981', 'SH'],
    ['900901', 'SH'],
    ['000046', 'SZ'],
    ['002594', 'SZ'],
    ['300750', 'SZ'],
    ['200596', 'SZ'],
    ['399001', undefined],
    ['202503', undefined],
    ['920001', undefined],
    ['149123', undefined],
    ['60051', undefined],
  ])('%s → %s', (code, market) => {
    expect(aShareMarket(code)).toBe(market);
  });
});

describe('isIndexCode', () => {
  it.each<[string, Market, boolean]>([
    ['000001', 'SH', true],
    ['000300', 'SH', true],
    ['000001', 'SZ', false],
    ['399001', 'SZ', true],
    ['600519', 'SH', false],
  ])('%s %s → %s', (code, market, index) => {
    expect(isIndexCode(code, market)).toBe(index);
  });
});

describe('stockKey', () => {
  it.each<[string, Market, string]>([
    ['00700', 'HK', 'HK:00700'],
    ['600519', 'SH', 'SH:600519'],
    ['NVDA', 'US', 'US:NVDA'],
  ])('%s %s → %s', (code, market, key) => {
    expect(stockKey({ code, market })).toBe(key);
  });
});
