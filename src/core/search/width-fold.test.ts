import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidthAndCase } from './width-fold';

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
});
