import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointLength } from '../text/code-points';
import { lengthSafe } from './length-safe';

describe('lengthSafe', () => {
  const phrase = (s: string) => s.replaceAll('內存', '記憶體').replaceAll('甲', '乙');

  it('passes through a conversion that keeps the length', () => {
    const swap = lengthSafe((s) => s.replaceAll('騰訊', '腾讯'));
    expect(swap('買騰訊股票')).toBe('買腾讯股票');
  });

  it('keeps a clause that would change length as written, per character where possible', () => {
    const safe = lengthSafe(phrase);
    // 內存 → 記憶體 would add one character: that clause goes char by char (內, 存 alone do not
    // match the phrase), while the other clause keeps its phrase-level conversion.
    expect(safe('甲的內存，甲乙')).toBe('乙的內存，乙乙');
  });

  it('drops a single character whose conversion changes length', () => {
    const safe = lengthSafe((s) => s.replaceAll('億', '亿亿').replaceAll('萬', '万'));
    expect(safe('3000億萬')).toBe('3000億万');
  });

  it('counts astral characters as one', () => {
    const safe = lengthSafe((s) => s.replaceAll('𠀋', '丈'));
    expect(safe('a𠀋b')).toBe('a丈b');
  });

  it('preserves code-point length for any converter and any text', () => {
    const wild = (s: string) => s.replace(/[a-m]/g, 'xy').replace(/[n-z]/g, '').replaceAll('0', '𠀋');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(codePointLength(lengthSafe(wild)(text))).toBe(codePointLength(text));
      }),
    );
  });
});
