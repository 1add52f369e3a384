import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { search } from './search';
import type { ScriptFold, SearchDoc } from './docs-and-hits';

const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Traditional → Simplified for the alphabet below, one character at a time. */
const PAIRS: Record<string, string> = { 騰: '腾', 訊: '讯', 業: '业', 績: '绩', 發: '发', 髮: '发', 乾: '干', 幹: '干' };
const charFold: ScriptFold = (s) => [...s].map((c) => PAIRS[c] ?? c).join('');

const ALPHABET = [...'騰腾訊讯業业績绩發髮发乾幹干控股長A aＡａ1１。，！？「」', '𠀋', '\u3000'];
const docText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 });

const docsArb = fc
  .array(fc.tuple(docText, fc.nat({ max: 1000 })), { minLength: 1, maxLength: 6 })
  .map((rows) =>
    rows.map(([text, sourceStart], i): SearchDoc => ({ pageId: `p${i % 2}`, articleId: `a${i}`, blockId: `b${i}`, text, sourceStart })),
  );

/** A doc, and a substring of it by code points [start, end) with its surrounding whitespace trimmed. */
const pickArb = fc.tuple(docsArb, fc.nat(), fc.nat(), fc.nat()).map(([docs, d, s, l]) => {
  const doc = docs[d % docs.length]!;
  const cps = [...doc.text];
  const start = cps.length === 0 ? 0 : s % cps.length;
  const end = cps.length === 0 ? 0 : start + 1 + (l % (cps.length - start));
  const raw = cps.slice(start, end);
  let from = 0;
  let to = raw.length;
  while (from < to && /\s/u.test(raw[from]!)) from++;
  while (to > from && /\s/u.test(raw[to - 1]!)) to--;
  return { docs, doc, query: raw.slice(from, to), start: start + from, end: start + to };
});

/** Sentence ends, as search cuts sentences (hits are listed one per sentence). */
const ENDS = new Set(['。', '！', '？', '\n', '\r']);

/** A hit at [start, end) of `doc` (code points), or at an earlier match of the same sentence. */
function expectHitAt(docs: SearchDoc[], doc: SearchDoc, query: string, start: number, end: number, fold: ScriptFold) {
  const hits = search(buildSearchIndex(docs, fold), query, { limit: Infinity });
  const cps = [...doc.text];
  const sentenceStart = cps.slice(0, start).reduce((from, c, i) => (ENDS.has(c) ? i + 1 : from), 0);
  const inDoc = hits.filter((h) => h.blockId === doc.blockId && h.pageId === doc.pageId);
  const found = inDoc.find((h) => h.span.start - doc.sourceStart >= sentenceStart && h.span.start - doc.sourceStart <= start);
  expect(found, `a hit in the sentence of ${start}–${end}`).toBeDefined();
  if (found && found.span.start - doc.sourceStart === start) expect(found.span.end - doc.sourceStart).toBeGreaterThanOrEqual(end);
}

describe('search: properties', () => {
  it('finds any substring of a doc where it is (opencc hk→cn fold)', () => {
    fc.assert(
      fc.property(pickArb, ({ docs, doc, query, start, end }) => {
        fc.pre(query.length > 0);
        expectHitAt(docs, doc, query.join(''), start, end, hk2cn);
      }),
    );
  });

  it('finds it written in the other script, in another case or width', () => {
    const other: Record<string, string> = { ...Object.fromEntries(Object.entries(PAIRS).map(([t, s]) => [s, t])), ...PAIRS, A: 'ａ', a: 'Ａ', '1': '１', '１': '1' };
    fc.assert(
      fc.property(pickArb, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), ({ docs, doc, query, start, end }, flips) => {
        fc.pre(query.length > 0);
        const rewritten = query.map((c, i) => (flips[i] ? (other[c] ?? c) : c)).join('');
        expectHitAt(docs, doc, rewritten, start, end, charFold);
      }),
    );
  });

  it('gives every hit a snippet whose match is the source text at its span', () => {
    fc.assert(
      fc.property(docsArb, fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 3 }), (docs, query) => {
        for (const hit of search(buildSearchIndex(docs, hk2cn), query, { limit: Infinity })) {
          const doc = docs.find((d) => d.blockId === hit.blockId)!;
          const cps = [...doc.text];
          expect(hit.snippet.match).toBe(cps.slice(hit.span.start - doc.sourceStart, hit.span.end - doc.sourceStart).join(''));
        }
      }),
    );
  });
});
