import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../search';
import { docsFromPage } from '../search/testing/docs-from-page';
import { findStockMentions } from '../stocks';
import { libraryQuery, libraryQuerySteps, queryMemo, type QueryPage } from './library-query';
import { stockSearchTerms } from './stock-terms';

const identity = (s: string) => s;
const page = (id: string, source: string): QueryPage => ({ source, mentions: findStockMentions(source), index: buildSearchIndex(docsFromPage(id, source), identity) });

/** The hits as searching every page afresh finds them (what the engine did before it remembered). */
function afresh(pages: readonly QueryPage[], query: string, limit: number) {
  const [first = query, ...rest] = stockSearchTerms(query, pages) ?? [query];
  const hits = [];
  for (const p of pages) {
    if (hits.length >= limit) break;
    hits.push(...search(p.index, first, { limit: limit - hits.length, extraTerms: rest }));
  }
  return hits;
}

const LINES = ['騰訊控股（00700）收報400元。', '恒指收報20225點。', '騰訊再升，小米（01810）跌。', '港股成交額1,200億元。', '阿里巴巴(09988)公布業績。'];

describe('libraryQuery', () => {
  const a = page('a', `${LINES[0]}\n${LINES[1]}`);
  const b = page('b', `${LINES[2]}\n${LINES[3]}`);
  const c = page('c', `${LINES[0]}\n${LINES[4]}`);

  it('searches only the pages added since the same query was asked', () => {
    const memo = queryMemo();
    expect(libraryQuery([a, b], '00700', 500, memo).searched).toBe(2);
    const again = libraryQuery([a, b, c], '00700', 500, memo);
    expect(again.searched).toBe(1);
    expect(again.stock).toBe(true);
    expect(again.hits.map((h) => h.hit)).toEqual(afresh([a, b, c], '00700', 500));
    expect(again.hits.map((h) => h.page)).toEqual([0, 2]);
  });

  it('searches again when a new page writes the stock a new way (the terms change)', () => {
    const memo = queryMemo();
    libraryQuery([a], '01810', 500, memo);
    expect(libraryQuery([a, b], '01810', 500, memo).searched).toBe(2);
  });

  it('a new query searches every page', () => {
    const memo = queryMemo();
    libraryQuery([a, b], '恒指', 500, memo);
    expect(libraryQuery([a, b], '騰訊', 500, memo).searched).toBe(2);
  });

  it('a page cut short by the limit is searched further when more of it is wanted', () => {
    const memo = queryMemo();
    const many = page('m', Array.from({ length: 6 }, () => LINES[1]).join('\n'));
    expect(libraryQuery([many], '恒指', 2, memo).hits).toHaveLength(2);
    const more = libraryQuery([a, many], '恒指', 5, memo);
    expect(more.hits.map((h) => h.hit)).toEqual(afresh([a, many], '恒指', 5));
  });

  it('in steps: one a page searched anew, the same answer', () => {
    const memo = queryMemo();
    const steps = libraryQuerySteps([a, b, c], '恒指', 500, memo);
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    expect(yielded).toBe(3);
    expect(step.value.hits).toEqual(libraryQuery([a, b, c], '恒指', 500, queryMemo()).hits);
    // Asked again, it is answered from memory without a step.
    expect(libraryQuerySteps([a, b, c], '恒指', 500, memo).next().done).toBe(true);
  });

  it('finds what searching every page afresh finds, whatever was asked before', () => {
    const pageArb = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    const queryArb = fc.constantFrom('00700', '700', '騰訊', '恒指', '01810', '09988', '收報', '元');
    fc.assert(
      fc.property(fc.array(pageArb, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(queryArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 })), { maxLength: 6 }), (texts, asks) => {
        const pages = texts.map((t, i) => page(`p${i}`, t));
        const memo = queryMemo();
        for (const [query, count, limit] of asks) {
          const shown = pages.slice(0, count);
          expect(libraryQuery(shown, query, limit, memo).hits.map((h) => h.hit)).toEqual(afresh(shown, query, limit));
        }
      }),
      { numRuns: 150 },
    );
  });
});
