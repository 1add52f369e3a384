import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../search';
import { codePointMap } from '../text/code-points';
import { describeSpan, type Highlight } from './highlight';
import { articleOfOffset, highlightSearchDocs } from './search-docs';

const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const cn2hk = OpenCC.Converter({ from: 'cn', to: 'hk' });

const HANT = '恒指收市報20,000點。\n騰訊（00700）公布業績，收入增長。\n另一段：騰訊升2%。';
const HANS = '恒指收市报20,000点。\n腾讯（00700）公布业绩，收入增长。\n另一段：腾讯升2%。';
const DOCS = [
  { articleId: 'a0', sourceStart: 0 },
  { articleId: 'a1', sourceStart: 14 },
  { articleId: 'a2', sourceStart: 34 },
];

function highlight(source: string, exact: string, note = '', id = 'h1'): Highlight {
  const unit = source.indexOf(exact);
  const map = codePointMap(source);
  const selector = describeSpan(source, { start: map.toCodePoint(unit), end: map.toCodePoint(unit + exact.length) });
  return { id, pageId: 'p', colour: 'yellow', note, selector, createdAt: 1, editedAt: 1 };
}

describe('articleOfOffset', () => {
  it.each([
    [0, 'a0'],
    [13, 'a0'],
    [14, 'a1'],
    [99, 'a2'],
  ])('%i is in %s', (offset, article) => expect(articleOfOffset(DOCS, offset)).toBe(article));

  it('is undefined before the first doc, and takes docs in any order', () => {
    expect(articleOfOffset([{ articleId: 'x', sourceStart: 5 }], 2)).toBeUndefined();
    expect(articleOfOffset([...DOCS].reverse(), 20)).toBe('a1');
  });
});

describe('highlightSearchDocs', () => {
  it('makes a doc of the quote where it is now, and one of the note', () => {
    const h = highlight(HANT, '公布業績', '業績勝預期');
    expect(highlightSearchDocs('p', HANT, [h], DOCS)).toEqual([
      { pageId: 'p', articleId: 'a1', blockId: 'h:h1', text: '公布業績', sourceStart: h.selector.start, highlight: { id: 'h1', part: 'quote' } },
      { pageId: 'p', articleId: 'a1', blockId: 'h:h1:note', text: '業績勝預期', sourceStart: 0, highlight: { id: 'h1', part: 'note' } },
    ]);
  });

  it('follows a highlight whose text moved, and leaves out a blank note and an orphan', () => {
    const moved = highlight(HANT, '騰訊升2%', '  ');
    const gone = highlight(HANT, '恒指收市', 'x', 'h2');
    const edited = HANT.replace('恒指收市', '恒生指數收市');
    const docs = highlightSearchDocs('p', edited, [moved, gone], DOCS);
    expect(docs.map((d) => [d.blockId, d.sourceStart])).toEqual([['h:h1', moved.selector.start + 2]]);
  });

  it('is found by the library search in either script, quote and note alike', () => {
    const onHant = highlightSearchDocs('p', HANT, [highlight(HANT, '公布業績', '留意派息政策', 'ht')], DOCS);
    const onHans = highlightSearchDocs('q', HANS, [highlight(HANS, '公布业绩', '留意派息政策', 'hs')], DOCS);
    const index = buildSearchIndex([...onHant, ...onHans], hk2cn);
    for (const query of ['公布业绩', '公布業績']) {
      expect(search(index, query).map((h) => h.highlight)).toEqual([
        { id: 'ht', part: 'quote' },
        { id: 'hs', part: 'quote' },
      ]);
    }
    expect(search(index, '派息').map((h) => [h.highlight?.id, h.snippet.match])).toEqual([
      ['ht', '派息'],
      ['hs', '派息'],
    ]);
  });
});

describe('highlightSearchDocs: properties', () => {
  const HAN = [...'騰訊控股公布業績收入增長派息恒指收市報點升跌港股銀行'];
  const text = fc.string({ unit: fc.constantFrom(...HAN, '。', '，'), minLength: 1, maxLength: 30 });

  it('a highlight made on a page in either script is found by any piece of its quote or note, written in the other', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), fc.boolean(), (body, note, s, l, simplified) => {
        const source = simplified ? hk2cn(body) : body;
        const cps = [...source];
        const start = s % cps.length;
        const end = start + 1 + (l % (cps.length - start));
        const quote = cps.slice(start, end).join('');
        fc.pre(quote.replace(/[。，]/g, '') !== '');
        const h: Highlight = { id: 'h', pageId: 'p', colour: 'blue', note, selector: describeSpan(source, { start, end }), createdAt: 1, editedAt: 1 };
        const index = buildSearchIndex(highlightSearchDocs('p', source, [h], [{ articleId: 'a', sourceStart: 0 }]), hk2cn);
        const other = simplified ? cn2hk : hk2cn;
        const quoteHit = search(index, other(quote), { limit: Infinity }).find((hit) => hit.highlight?.part === 'quote');
        expect(quoteHit?.highlight?.id).toBe('h');
        expect(quoteHit?.span.start).toBeGreaterThanOrEqual(start);
        const noteHits = search(index, other(note), { limit: Infinity }).filter((hit) => hit.highlight?.part === 'note');
        if (note.replace(/[。，]/g, '').trim() !== '') expect(noteHits.length).toBeGreaterThan(0);
      }),
    );
  });
});
