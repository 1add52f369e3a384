import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanLines } from './lines';

/** The obvious, slow way: code-point array, split on every break, trim with `\s`. */
function naiveLines(source: string) {
  const cps = Array.from(source);
  const out: { start: number; end: number; gap: number }[] = [];
  let gap = 0;
  let i = 0;
  while (i <= cps.length) {
    let j = i;
    while (j < cps.length && !/[\n\r\u2028\u2029]/u.test(cps[j]!)) j++;
    let s = i;
    let e = j;
    while (s < e && /\s/u.test(cps[s]!)) s++;
    while (e > s && /\s/u.test(cps[e - 1]!)) e--;
    if (s < e) {
      out.push({ start: s, end: e, gap });
      gap = 0;
    } else if (j < cps.length || i < cps.length) gap++;
    // `\r\n` is a single break.
    i = cps[j] === '\r' && cps[j + 1] === '\n' ? j + 2 : j + 1;
  }
  return out;
}

const alphabet = ['中', '股', '，', '。', 'A', '1', ' ', '\u3000', '\t', '\n', '\r', '\r\n', '\u2028', '\u2029', '𠀋', '\uFEFF'];

describe('scanLines', () => {
  it('trims each line and counts the blank lines before it', () => {
    const lines = scanLines('\n標題\n\n \u3000\n  正文。 ');
    expect(lines.map((l) => [l.start, l.end, l.gap])).toEqual([
      [1, 3, 1],
      [10, 13, 2],
    ]);
  });

  it('treats \\r\\n as one break but \\r\\r as two', () => {
    expect(scanLines('甲\r\n乙').map((l) => l.gap)).toEqual([0, 0]);
    expect(scanLines('甲\r\r乙').map((l) => l.gap)).toEqual([0, 1]);
    expect(scanLines('甲\u2028\u2029乙').map((l) => l.gap)).toEqual([0, 1]);
  });

  it('counts an astral character as one code point but two units', () => {
    const [line] = scanLines(' 𠀋a');
    expect(line).toMatchObject({ start: 1, end: 3, unitStart: 1, unitEnd: 4 });
  });

  it('returns nothing for a blank page', () => {
    expect(scanLines('')).toEqual([]);
    expect(scanLines(' \n\u3000\r\n\t')).toEqual([]);
  });

  it('agrees with a naive split on arbitrary text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (source) => {
        const got = scanLines(source);
        expect(got.map(({ start, end, gap }) => ({ start, end, gap }))).toEqual(naiveLines(source));
        // Unit offsets slice exactly the same text as the code-point offsets.
        const cps = Array.from(source);
        for (const l of got) expect(source.slice(l.unitStart, l.unitEnd)).toBe(cps.slice(l.start, l.end).join(''));
      }),
    );
  });
});
