import { describe, expect, it } from 'vitest';
import { readNumeral, type Numeral } from './numeral';

const read = (s: string) => readNumeral(s, 0);

describe('readNumeral', () => {
  it.each<[string, Partial<Numeral>]>([
    ['3000億美元', { value: 3e11, end: 5, scale: 1e8 }],
    ['50億', { value: 5e9, scale: 1e8 }],
    ['5千萬', { value: 5e7, scale: 1e7 }],
    ['五六百人', { value: 500, valueTo: 600, end: 3 }],
    ['一兩個', { value: 1, valueTo: 2, end: 2 }],
    ['二三十', { value: 20, valueTo: 30 }],
    ['3000多億', { value: 3e11, approx: true }],
    ['70 多個', { value: 70, approx: true, end: 4 }],
    ['800 億個', { value: 8e10, end: 5 }],
    ['兩萬點之上', { value: 20000, end: 2 }],
    ['十五點七', { value: 15.7, end: 4 }],
    ['六款', { value: 6, loneDigit: true }],
    ['二五二二九七九六三', { value: 252297963, digitString: true, end: 9 }],
    ['二〇二四年', { value: 2024, digitString: true, intDigits: 4 }],
    ['2024年', { value: 2024, digitString: false, intDigits: 4 }],
    ['09988', { digitString: true }],
    ['1,000 萬個', { value: 1e7, end: 7 }],
    ['600029.SH', { value: 600029, end: 6 }],
    ['1, 234', { value: 1, end: 1 }],
  ])('%s', (s, expected) => {
    expect(read(s)).toMatchObject(expected);
  });

  it.each([['萬'], ['千言'], ['何止'], ['點'], ['']])('finds no numeral at the start of %j', (s) => {
    expect(read(s)).toBeUndefined();
  });

  it('stops before a space unless a magnitude follows an Arabic number', () => {
    expect(read('一百 五十')?.end).toBe(2);
    expect(read('3 香港')?.end).toBe(1);
    expect(read('7 萬5 千4 百')?.value).toBe(75400);
  });

  it('reads a run of digits too long to be a quantity as one identifier', () => {
    const n = read('1'.repeat(400));
    expect(n?.end).toBe(400);
    expect(n?.digitString).toBe(true);
  });
});
