import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import sample from '../sample/sample-page.txt?raw';
import type { ParsedPage } from './parsed-page';
import { applyCorrections, type Correction } from './corrections';
import { parsePage } from './parse';
import { blockSegments, blockText } from './text';
import { pageViolations } from './verify';

/** Pieces that make page-like text: Han, sentence and terminal punctuation, brackets, codes, breaks. */
const PIECES = [
  '中', '國', '股', '市', '升', '跌', '李', '靈', '修', '𠀋', '𩸽', 'A', 'b', '1', '0', '·',
  '，', '。', '；', '！', '？', '、', '：', '「', '」', '（', '）', '(', ')', '【', '】',
  ' ', '\u3000', '\t', '\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', '\n\n\n', '\n \n',
  '電話：二五二二九七九六三', '(09988)', '阿里巴巴 (09988) 小米 (01810)', '(作者為分析師)', '恭賀春釐',
  '美股高處不勝寒', '據機構文件顯示，公司預計到2029財年才可以實現盈利。',
];

const pageLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((a) => a.join(''));
/** The sample with random cuts: pieces dropped, blank lines inserted, lines glued together. */
const mutatedSample = fc
  .array(fc.tuple(fc.nat(sample.length), fc.constantFrom('', '\n', '\n\n\n', '。', '，', '𠀋', ' ')), { maxLength: 12 })
  .map((edits) => {
    const cps = Array.from(sample);
    for (const [at, insert] of edits) cps.splice(at % (cps.length + 1), insert === '' ? 5 : 0, insert);
    return cps.join('');
  });
const edgeCases = fc.constantFrom(
  '',
  '\n',
  ' \u3000\r\n\t',
  '\uFEFF',
  '𠀋',
  '(',
  ')',
  '（）',
  '\r\r\r',
  '\u2028標題\u2029',
  '。'.repeat(500),
  '標題\n'.repeat(200),
  '中'.repeat(5000),
  'a,'.repeat(3000),
);
const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), pageLike, mutatedSample, edgeCases);

/** Corrections named by position in the page, plus some that name nothing. */
function correctionsFor(page: ParsedPage) {
  const split = fc.nat().map((n): Correction => ({ kind: 'split', blockId: page.blocks[n % Math.max(1, page.blocks.length)]?.id ?? 'b0' }));
  const merge = fc.nat().map((n): Correction => ({ kind: 'merge', articleId: page.articles[n % Math.max(1, page.articles.length)]?.id ?? 'a0' }));
  const stale = fc.constantFrom<Correction>({ kind: 'split', blockId: 'b-1' }, { kind: 'merge', articleId: 'x' });
  return fc.array(fc.oneof(split, merge, stale), { maxLength: 20 });
}

describe('parsePage on arbitrary text', () => {
  it('never throws and never loses, duplicates or reorders a character', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const page = parsePage(source);
        expect(pageViolations(page)).toEqual([]);
        expect(page.source).toBe(source);
      }),
      { numRuns: 400 },
    );
  });

  it('has no articles and no blocks exactly when the text is blank', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const page = parsePage(source);
        const blank = !/\S/u.test(source);
        expect(page.blocks.length === 0).toBe(blank);
        expect(page.articles.length === 0).toBe(blank);
      }),
    );
  });

  it('renders every block from its segments at their own offsets', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const page = parsePage(source);
        const cps = Array.from(source);
        for (const block of page.blocks) {
          const segments = blockSegments(source, block);
          for (const seg of segments) {
            expect(seg.text).toBe(cps.slice(seg.sourceStart, seg.sourceStart + Array.from(seg.text).length).join(''));
          }
          // The display text is the lines run together, a space only between two Latin words.
          expect(blockText(source, block)).toBe(segments.map((s) => s.joiner + s.text).join(''));
          for (const [i, seg] of segments.entries()) {
            if (seg.joiner === '') continue;
            expect(segments[i - 1]!.text).toMatch(/[A-Za-z0-9\u00c0-\u024f]$/u);
            expect(seg.text).toMatch(/^[A-Za-z0-9\u00c0-\u024f]/u);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the blocks and the invariant under any sequence of corrections', () => {
    const withCorrections = anyText.chain((source) => {
      const page = parsePage(source);
      return fc.tuple(fc.constant(page), correctionsFor(page));
    });
    fc.assert(
      fc.property(withCorrections, ([page, corrections]) => {
        const corrected = applyCorrections(page, corrections);
        expect(pageViolations(corrected)).toEqual([]);
        expect(corrected.blocks).toBe(page.blocks);
        expect(corrected.blocks.map((b) => b.kind)).toEqual(page.blocks.map((b) => b.kind));
        // Ids stay unique: no two articles start at the same block.
        const ids = new Set(corrected.articles.map((a) => a.id));
        expect(ids.size).toBe(corrected.articles.length);
      }),
      { numRuns: 300 },
    );
  });
});
