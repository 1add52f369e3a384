import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth, foldWidthAndCase } from './width-fold';

describe('foldWidth', () => {
  it.each([
    ['騰訊（０７００）', '騰訊(0700)'],
    ['ＮＡＳＤＡＱ：ＮＶＤＡ', 'NASDAQ:NVDA'],
    ['a\u3000b\u00a0c', 'a b c'],
    ['騰訊 (00700)', '騰訊 (00700)'],
    ['ｶﾀｶﾅ', 'ｶﾀｶﾅ'], // half-width katakana is not full-width ASCII
    ['', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldWidth(text)).toBe(folded);
  });

  it('keeps the length of any text, so offsets carry over', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldWidth(text).length === text.length));
  });

  it('agrees with NFKC on every unit it changes', () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const ch = String.fromCharCode(unit);
      if (foldWidth(ch) !== ch) expect(foldWidth(ch)).toBe(ch.normalize('NFKC'));
    }
  });
});

describe('foldWidthAndCase', () => {
  it.each<[string, string]>([
    ['ＯｐｅｎＡＩ\u3000３０００', 'openai 3000'],
    ['DeepSeek-R1', 'deepseek-r1'],
    ['（００７００．ＨＫ）', '(00700.hk)'],
    ['ｶﾀｶﾅ', 'カタカナ'],
    ['騰訊控股', '騰訊控股'],
    ['ÀÉÎ', 'àéî'],
    ['…℃㈱', '…℃㈱'], // NFKC gives several characters: kept as they are
    ['İ', 'İ'], // lower case is two units: kept
    ['𠀋\uD840', '𠀋\uD840'],
  ])('%j → %j', (text, folded) => {
    expect(foldWidthAndCase(text)).toBe(folded);
  });

  it('never changes the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldWidthAndCase(text).length).toBe(text.length);
      }),
    );
  });

  it('folds width first: what foldWidth folds, it folds the same way, then lower-cases', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldWidthAndCase(text)).toBe(foldWidthAndCase(foldWidth(text)));
      }),
    );
  });
});
