import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFigure, extractFigures } from './index';

/** Pieces that exercise the reader: numerals, units, qualifiers, connectors, dates, astral text. */
const PIECES = [
  '一', '二', '兩', '三', '五', '六', '十', '百', '千', '萬', '億', '兆', '零', '〇', '點', '多', '餘', '半', '成',
  '0', '1', '3', '9', '０', '５', '.', ',', '，', '%', '％', '-', '負', '至', '到', '~', '/', '股', '個', '只', '人',
  '美元', '港元', '元', '人民幣', 'US$', 'HK$', '¥', 'RMB', '約', '逾', '近', '超過', '之上', '左右', '各自', '百分之',
  '個百分點', '年', '月', '日', '第', '大關', '水平', '指數', '突破', 'GPT', ' ', '\n', '。', '𠀋', 'a', '分之',
];
const numericText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), numericText);

describe('extractFigures on arbitrary text', () => {
  it('never throws; spans are sorted, disjoint, in bounds and give the figure text; values are finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cps = [...text];
        const figures = extractFigures(text);
        let lastEnd = 0;
        for (const f of figures) {
          expect(f.span.start).toBeGreaterThanOrEqual(lastEnd);
          expect(f.span.end).toBeGreaterThan(f.span.start);
          expect(f.span.end).toBeLessThanOrEqual(cps.length);
          expect(cps.slice(f.span.start, f.span.end).join('')).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
          if (f.valueTo !== undefined) expect(Number.isFinite(f.valueTo)).toBe(true);
          lastEnd = f.span.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same figures whatever precedes the text in another sentence', () => {
    fc.assert(
      fc.property(numericText, (text) => {
        const alone = extractFigures(text).map((f) => [f.value, f.unit, f.text]);
        const after = extractFigures(`前文。\n${text}`).map((f) => [f.value, f.unit, f.text]);
        expect(after).toEqual(alone);
      }),
    );
  });

  it('describes whatever it finds', () => {
    fc.assert(
      fc.property(numericText, (text) => {
        const figures = extractFigures(text);
        for (const f of figures) {
          expect(describeFigure(f, 'hant').length).toBeGreaterThan(0);
          expect(describeFigure(f, 'hans').length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
