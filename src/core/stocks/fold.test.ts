import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldWidth } from './fold';

describe('foldWidth', () => {
  it.each([
    ['騰訊（０７００）', '騰訊(0700)'],
    ['ＮＡＳＤＡＱ：ＮＶＤＡ', 'NASDAQ:NVDA'],
    ['a\u3000b\u00a0c', 'a b c'],
    ['騰訊 (00700)', '騰訊 (00700)'],
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldWidth(text)).toBe(folded);
  });

  it('keeps the length of any text, so offsets carry over', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldWidth(text).length === text.length));
  });
});
