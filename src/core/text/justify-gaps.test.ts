import { describe, expect, it } from 'vitest';
import { isLoose, linesOf, LOOSE_GAP, widestGap, type PlacedChar } from './justify-gaps';

const EM = 20;
/** A line of text at `top`, each character `advance` ems after the last (Latin letters half an em). */
function line(text: string, top: number, advance: number): PlacedChar[] {
  let left = 0;
  return [...text].map((c) => {
    const ch = { c, left, middle: top + EM / 2 };
    left += (/[\p{Script=Han}，。]/u.test(c) ? advance : 0.5) * EM;
    return ch;
  });
}

describe('linesOf', () => {
  it('starts a line where a character sits half an em lower', () => {
    const chars = [...line('中文', 0, 1), ...line('字', EM * 1.8, 1)];
    expect(linesOf(chars, EM).map((l) => l.map((ch) => ch.c).join(''))).toEqual(['中文', '字']);
  });

  it('keeps a character a little off the line (a superscript, another font) on it', () => {
    const chars = [...line('中', 0, 1), { c: '文', left: EM, middle: EM / 2 + 3 }];
    expect(linesOf(chars, EM)).toHaveLength(1);
  });
});

describe('widestGap', () => {
  it('measures the gap between Han characters beyond the character and its tracking', () => {
    const chars = [...line('吉祥航空', 0, 1.62), ...line('跌', 40, 1)];
    expect(widestGap(chars, EM, 0.02)).toBeCloseTo(0.6, 5);
  });

  it('leaves the last line out: it is never justified', () => {
    const chars = [...line('中文', 0, 1), ...line('字字', 40, 3)];
    expect(widestGap(chars, EM, 0)).toBe(0);
  });

  it('counts only Han beside Han: Latin letters and digits are not spread', () => {
    const chars = [...line('AI中', 0, 1), ...line('字', 40, 1)];
    chars[2]!.left += 2 * EM; // a wide autospace before 中 is not a gap between ideographs
    expect(widestGap(chars, EM, 0)).toBe(0);
  });

  it('a paragraph of one line has no gap to judge', () => {
    expect(widestGap(line('中文字', 0, 2), EM, 0)).toBe(0);
  });
});

describe('isLoose', () => {
  it('is loose past the limit, not at it', () => {
    const at = (gap: number) => [...line('中文字', 0, 1 + gap), ...line('字', 40, 1)];
    expect(isLoose(at(LOOSE_GAP + 0.01), EM, 0)).toBe(true);
    expect(isLoose(at(LOOSE_GAP - 0.01), EM, 0)).toBe(false);
  });
});
