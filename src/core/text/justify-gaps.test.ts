import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapAfter, hanPair, isLoose, LOOSE_GAP, pieceStarts, widestGap } from './justify-gaps';

const EM = 20;
const LINE = 36;

describe('pieceStarts', () => {
  /** A text of `length` characters broken into lines at `breaks`: each character's middle. */
  const laidOut = (length: number, breaks: number[]) => {
    const middles = Array.from({ length }, (_, i) => breaks.filter((b) => b <= i).length * LINE + EM / 2);
    const pieces = [0, ...breaks].map((_, line) => line * LINE + EM / 2);
    return { middleAt: (i: number) => middles[i], pieces };
  };

  it('finds where each line piece begins', () => {
    const { middleAt, pieces } = laidOut(30, [12, 25]);
    expect(pieceStarts(pieces, middleAt, 30, EM)).toEqual([0, 12, 25]);
  });

  it('one piece begins at 0', () => {
    const { middleAt, pieces } = laidOut(5, []);
    expect(pieceStarts(pieces, middleAt, 5, EM)).toEqual([0]);
  });

  it('finds any breaks, asking for few boxes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.uniqueArray(fc.integer({ min: 1, max: 399 }), { maxLength: 12 }), (length, raw) => {
        const breaks = raw.filter((b) => b < length).sort((a, b) => a - b);
        const { middleAt, pieces } = laidOut(length, breaks);
        let asked = 0;
        const starts = pieceStarts(pieces, (i) => (asked++, middleAt(i)), length, EM);
        expect(starts).toEqual([0, ...breaks]);
        expect(asked).toBeLessThanOrEqual(breaks.length * Math.ceil(Math.log2(length) + 1));
      }),
    );
  });

  it('counts a character without a box (a collapsed space) as on the earlier line', () => {
    const middles = [10, 10, undefined, 46, 46];
    expect(pieceStarts([10, 46], (i) => middles[i], 5, EM)).toEqual([0, 3]);
  });
});

describe('hanPair', () => {
  it.each([
    ['跌0.88%，吉祥航空', 0, 11, 7],
    ['AI中文', 0, 4, 2],
    ['中A文', 0, 3, -1],
    ['中文', 1, 2, -1],
    ['中文字', 0, 2, 0],
    ['，中', 0, 2, -1],
  ])('%s from %i to %i: %i', (text, from, to, at) => {
    expect(hanPair(text, from, to)).toBe(at);
  });
});

describe('widestGap', () => {
  it('leaves the last line out: it is never justified', () => {
    const gaps = [
      { middle: 10, gap: 0.2 },
      { middle: 46, gap: 0.3 },
      { middle: 82, gap: 2 },
    ];
    expect(widestGap(gaps, 82, EM)).toBe(0.3);
  });

  it('a paragraph of one line has no gap to judge', () => {
    expect(widestGap([{ middle: 10, gap: 1 }], 10, EM)).toBe(0);
  });
});

describe('gapAfter and isLoose', () => {
  it('measures the gap beyond the character and its tracking', () => {
    expect(gapAfter(0, 1.62 * EM, EM, 0.02)).toBeCloseTo(0.6, 5);
    expect(gapAfter(0, 1.02 * EM, EM, 0.02)).toBeCloseTo(0, 5);
  });

  it('is loose past the limit, not at it', () => {
    expect(isLoose(LOOSE_GAP + 0.01)).toBe(true);
    expect(isLoose(LOOSE_GAP)).toBe(false);
  });
});
