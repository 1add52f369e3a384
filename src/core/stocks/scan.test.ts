import { describe, expect, it } from 'vitest';
import { stockKey } from './normalise';
import { scanCodes } from './scan';

const tokens = (text: string) =>
  scanCodes(text).map((c) => [c.kind, stockKey(c.stock), text.slice(c.codeStart, c.codeEnd), c.open === undefined ? 'open' : 'bracketed']);

describe('scanCodes', () => {
  it.each([
    ['0700.HK', [['explicit', 'HK:00700', '0700.HK', 'open']]],
    ['（００２１５．ＨＫ）', [['explicit', 'HK:00215', '００２１５．ＨＫ', 'bracketed']]],
    ['( 00215.HK )', [['explicit', 'HK:00215', '00215.HK', 'bracketed']]],
    ['HK.00700', [['explicit', 'HK:00700', 'HK.00700', 'open']]],
    ['(SEHK: 700)', [['explicit', 'HK:00700', '700', 'bracketed']]],
    ['600519.SS', [['explicit', 'SH:600519', '600519.SS', 'open']]],
    ['600519.SZ', [['explicit', 'SZ:600519', '600519.SZ', 'open']]],
    ['sz000001', [['explicit', 'SZ:000001', 'sz000001', 'open']]],
    ['SSE: 600519', [['explicit', 'SH:600519', '600519', 'open']]],
    ['紐交所：BABA', [['explicit', 'US:BABA', 'BABA', 'open']]],
    ['股票代码：600519', [['explicit', 'SH:600519', '600519', 'open']]],
    ['股份代號 700', [['explicit', 'HK:00700', '700', 'open']]],
    ['證券代碼：000001', [['explicit', 'SZ:000001', '000001', 'open']]],
    ['行動代號：300', []],
    ['程式代碼：200', []],
    ['XX.SH600519', [['explicit', 'SH:600519', 'SH600519', 'open']]],
    ['(2025)', [['bare', 'HK:02025', '2025', 'bracketed']]],
    ['（ ７００ ）', [['bare', 'HK:00700', '７００', 'bracketed']]],
    ['(600519)', [['bare', 'SH:600519', '600519', 'bracketed']]],
    ['(202503)', []],
    ['(1234567)', []],
    ['123456.HK', []],
    ['1.0700.HK', []],
    ['XSH600519', []],
    ['SH6005190', []],
    ['0700.HKD', []],
    ['U.S.', []],
    ['NASDAQ: nvda', []],
    ['股份代號為', []],
    ['電話：2522 9796', []],
  ])('%j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('finds tokens left to right without overlap', () => {
    const found = scanCodes('騰訊(00700)、SH600519、NASDAQ: NVDA、0700.HK');
    expect(found.map((c) => stockKey(c.stock))).toEqual(['HK:00700', 'SH:600519', 'US:NVDA', 'HK:00700']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});
