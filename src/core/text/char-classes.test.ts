import { describe, expect, it } from 'vitest';
import { isDigitAnyWidth, isHan, isInlineSpace, isLatinAlnum, isLetterAnyWidth, isSpaceOrNewline, isWhitespace, widthOf } from './char-classes';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('isHan', () => {
  it.each([
    ['騰', true],
    ['腾', true],
    ['〇', true], // the ideographic zero
    ['㐀', true], // extension A
    ['𠀋', true], // extension B (HKSCS)
    ['𫠠', true], // extension E
    ['\u{31350}', true], // extension H: the old page parser's range stopped before it
    ['\u{2F800}', true], // compatibility supplement
    ['豈', true], // a BMP compatibility ideograph
    ['々', false], // iteration mark: Han script, not an ideograph
    ['⺀', false], // a radical
    ['あ', false],
    ['A', false],
    ['７', false],
  ])('%s → %s', (ch, han) => {
    expect(isHan(cp(ch))).toBe(han);
  });

  it("holds every Unicode ideograph this runtime knows, and only ideographs or code points Unicode keeps for them", () => {
    const unified = /\p{Unified_Ideograph}/u;
    const ideographic = /\p{Ideographic}/u;
    const han = /\p{Script=Han}/u;
    const unassigned = /\p{Cn}/u;
    const missed: string[] = [];
    const wrong: string[] = [];
    for (let c = 0; c <= 0x3ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const counted = isHan(c);
      if (!counted && unified.test(ch)) missed.push(c.toString(16));
      if (counted && !(ideographic.test(ch) && han.test(ch)) && !unassigned.test(ch)) wrong.push(c.toString(16));
    }
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

describe('the space classes', () => {
  it('nest: inline space ⊂ space or newline ⊂ whitespace', () => {
    const broken: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((isInlineSpace(c) && !isSpaceOrNewline(c)) || (isSpaceOrNewline(c) && !isWhitespace(c))) broken.push(c);
    }
    expect(broken).toEqual([]);
  });

  it('isWhitespace is JavaScript\'s \\s, which the lossless invariant is stated in', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('letters and digits of either width', () => {
  it.each([
    ['A', true, false],
    ['ｚ', true, false],
    ['７', false, true],
    ['7', false, true],
    ['騰', false, false],
    ['é', false, false],
  ])('%s: letter %s, digit %s', (ch, letter, digit) => {
    expect(isLetterAnyWidth(cp(ch))).toBe(letter);
    expect(isDigitAnyWidth(cp(ch))).toBe(digit);
  });

  it('isLatinAlnum takes accented Latin but not × or ÷', () => {
    expect(isLatinAlnum(cp('é'))).toBe(true);
    expect(isLatinAlnum(cp('×'))).toBe(false);
    expect(isLatinAlnum(cp('÷'))).toBe(false);
  });
});

describe('widthOf', () => {
  it.each([
    ['騰', 1],
    ['𠀋', 1],
    ['Ａ', 1],
    ['A', 0.5],
    ['、', 1],
  ])('%s → %s', (ch, w) => {
    expect(widthOf(cp(ch))).toBe(w);
  });
});
