import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointBefore, codePointLength, codePointMap, sliceCodePoints } from './code-points';

describe('codePointMap', () => {
  it('is the identity for BMP-only text', () => {
    const m = codePointMap('騰訊 (00700)');
    expect(m.length).toBe(10);
    expect(m.toUnit(4)).toBe(4);
    expect(m.toCodePoint(4)).toBe(4);
  });

  it('counts an astral character as one code point', () => {
    const text = 'a𠀋b';
    const m = codePointMap(text);
    expect(m.length).toBe(3);
    expect(m.toUnit(2)).toBe(3);
    expect(m.toCodePoint(3)).toBe(2);
    expect(sliceCodePoints(text, m, 1, 2)).toBe('𠀋');
  });

  it('counts a lone surrogate as a code point of its own, as iteration does', () => {
    for (const text of ['\uD800*', 'a\uDC00b', '\uD800\uD800\uDC00']) expect(codePointMap(text).length).toBe([...text].length);
  });

  it('round-trips every code point offset of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const m = codePointMap(text);
        expect(m.length).toBe([...text].length);
        for (let cp = 0; cp <= m.length; cp++) expect(m.toCodePoint(m.toUnit(cp))).toBe(cp);
      }),
    );
  });
});

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['騰訊', 2],
    ['a𠀋b', 3],
    ['𠀋𠀋', 2],
    ['\uD800', 1],
    ['\uDC00\uDC00', 2],
    ['\uD800\uD800\uDC00', 2],
  ])('%j has %i code points', (text, n) => {
    expect(codePointLength(text)).toBe(n);
  });

  it('agrees with the string iterator on arbitrary text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(codePointLength(text)).toBe([...text].length);
      }),
    );
  });
});

describe('codePointBefore', () => {
  it.each([
    ['a𠀋', 3, { cp: 0x2000b, width: 2 }],
    ['a𠀋', 1, { cp: 0x61, width: 1 }],
    ['\uDC00', 1, { cp: 0xdc00, width: 1 }], // a lone low surrogate is its own code point
    ['x\uDC00', 2, { cp: 0xdc00, width: 1 }],
  ])('%j before %i → %j', (text, index, expected) => {
    expect(codePointBefore(text, index)).toEqual(expected);
  });

  it('is undefined at the start', () => {
    expect(codePointBefore('騰訊', 0)).toBeUndefined();
  });

  it('agrees with codePointAt over arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cps = [...text];
        let index = text.length;
        for (let k = cps.length - 1; k >= 0; k--) {
          const got = codePointBefore(text, index)!;
          expect(got).toEqual({ cp: cps[k]!.codePointAt(0), width: cps[k]!.length });
          index -= got.width;
        }
        expect(codePointBefore(text, index)).toBeUndefined();
      }),
    );
  });
});
