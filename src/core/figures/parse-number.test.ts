import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './parse-number';

describe('parseChineseNumber', () => {
  it.each([
    // Arabic, with separators, decimals, full-width digits and points
    ['3000', 3000],
    ['1,050,000', 1050000],
    ['2.75', 2.75],
    ['１２３', 123],
    ['４，５６５', 4565],
    ['３﹒５', 3.5],
    ['３．１０', 3.1],
    ['.5', 0.5],
    // Chinese numerals
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零一', 101],
    ['一千零五', 1005],
    ['一千零五十', 1050],
    ['兩萬', 20000],
    ['两千四百五', 2450],
    ['一萬三', 13000],
    ['九十二萬四', 924000],
    ['五億零六', 500000006],
    ['四億五千六百四十二萬零一十五', 456420015],
    ['一萬五千億', 1.5e12],
    ['五兆六十二億四萬五千二', 5006200045200],
    ['四萬萬', 4e8],
    ['〇', 0],
    ['零點五', 0.5],
    ['十五點七', 15.7],
    ['两千三点一', 2300.1],
    // mixed
    ['2.3萬億', 2.3e12],
    ['3000億', 3e11],
    ['4.78万亿', 4.78e12],
    ['3萬4000', 34000],
    ['1,100.9億', 110090000000],
    ['2千零30萬', 20300000],
    // signs, spaces, approximations, financial capitals
    ['-110', -110],
    ['負三十二', -32],
    ['负1.1', -1.1],
    ['一百 五 十 二', 152],
    ['7 萬5 千4 百', 75400],
    ['十多萬', 100000],
    ['3000多億', 3e11],
    ['二十幾萬', 200000],
    ['壹佰伍拾', 150],
    ['拾萬零五十六', 100056],
    // digit by digit
    ['二〇二四', 2024],
    ['二五二二九七九六三', 252297963],
  ])('%s → %d', (s, expected) => {
    expect(parseChineseNumber(s)).toBeCloseTo(expected, 9);
  });

  it.each([[''], ['萬'], ['萬萬'], ['千'], ['一看'], ['四川'], ['兩兩'], ['五六百'], ['3000億美元'], ['1, 234'], ['abc']])(
    'reads %j as no single number',
    (s) => {
      expect(parseChineseNumber(s)).toBeUndefined();
    },
  );

  it('reads every integer written out in Chinese', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (n) => {
        expect(parseChineseNumber(toChinese(n))).toBe(n);
      }),
    );
  });

  it('reads every decimal written with grouped Arabic digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const written = `${int.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        expect(parseChineseNumber(written)).toBeCloseTo(int + cents / 100, 6);
      }),
    );
  });

  it('never throws and gives a finite number or undefined', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,一二三四五六七八九十百千萬億兆零兩點多負- ') }), (s) => {
        const v = parseChineseNumber(s);
        expect(v === undefined || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

/** A reference writer of Chinese numerals (standard form: 一萬零五, 十二, 一億零一百萬). */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n === 0) return '零';
  const section = (v: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(v / unit) % 10;
      if (d === 0) {
        zero = out.length > 0;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += digits[d] + name;
    }
    return out;
  };
  let out = '';
  let pendingZero = false;
  for (const [unit, name] of [[1e12, '兆'], [1e8, '億'], [1e4, '萬'], [1, '']] as const) {
    const v = Math.floor(n / unit) % 10000;
    if (v === 0) {
      pendingZero = out.length > 0;
      continue;
    }
    if (out.length > 0 && (pendingZero || v < 1000)) out += '零';
    pendingZero = false;
    out += section(v) + name;
  }
  return out.startsWith('一十') ? out.slice(1) : out;
}
