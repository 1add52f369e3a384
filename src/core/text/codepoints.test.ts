import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointMap, sliceCodePoints } from './codepoints';

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
