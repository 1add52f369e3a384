import { describe, expect, it } from 'vitest';
import { applyCorrections, parsePage } from '../page';
import { describeSpan, type Highlight } from './highlight';
import { articleAt, placeHighlights, sentenceOf } from './place';

const SOURCE = ['港股收市評論', '', '恒指收市報20,000點，騰訊（00700）升2%。大市成交1000億元。', '', '南向資金', '', '北水淨流入50億元。'].join('\n');

function highlight(id: string, exact: string, createdAt = 1): Highlight {
  const unit = SOURCE.indexOf(exact);
  return { id, pageId: 'p1', colour: 'yellow', note: '', selector: describeSpan(SOURCE, { start: unit, end: unit + exact.length }), createdAt, editedAt: createdAt };
}

describe('placeHighlights', () => {
  it('finds each highlight and its article, in page order, orphans last', () => {
    const page = parsePage(SOURCE);
    const orphan: Highlight = { ...highlight('h3', '成交'), selector: { start: 0, end: 2, exact: '不在', prefix: '', suffix: '' } };
    const placed = placeHighlights(SOURCE, page.articles, [highlight('h2', '北水'), orphan, highlight('h1', '騰訊')]);
    expect(placed.map((p) => [p.highlight.id, p.found.ok, p.articleId !== undefined])).toEqual([
      ['h1', true, true],
      ['h2', true, true],
      ['h3', false, false],
    ]);
  });

  it('a split correction changes a highlight’s article, never its characters', () => {
    const page = parsePage(SOURCE);
    const h = highlight('h1', '北水淨流入');
    const [before] = placeHighlights(SOURCE, page.articles, [h]);
    const corrected = applyCorrections(page, [{ kind: 'split', blockId: 'b47' }]);
    const [after] = placeHighlights(SOURCE, corrected.articles, [h]);
    expect(after?.found).toEqual(before?.found);
    expect([before?.articleId, after?.articleId]).toEqual(['a0', 'a47']);
    expect(articleAt(corrected.articles, SOURCE.indexOf('北水'))?.id).toBe('a47');
  });
});

describe('sentenceOf', () => {
  it.each([
    ['a figure inside a sentence: the sentence', '20,000點', '恒指收市報20,000點，騰訊（00700）升2%。'],
    ['a whole sentence: nothing more to say', '大市成交1000億元。', undefined],
    ['a heading without a full stop', '收市', '港股收市評論'],
  ])('%s', (_name, exact, expected) => {
    const start = SOURCE.indexOf(exact);
    expect(sentenceOf(SOURCE, { start, end: start + exact.length })).toBe(expected);
  });
});
