import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStockMentions } from '../stocks';
import { codePointMap } from '../text/code-points';
import { highlightsByStock } from './by-stock';
import { describeSpan, type Highlight } from './highlight';

const PAGE = '恒指收市報20,000點。騰訊控股（00700）公布業績，美團（03690）跌2%。\n另段：騰訊（00700）再升。';

function mark(source: string, exact: string, id: string, from = 0, pageId = 'p'): Highlight {
  const unit = source.indexOf(exact, from);
  const map = codePointMap(source);
  const selector = describeSpan(source, { start: map.toCodePoint(unit), end: map.toCodePoint(unit + exact.length) });
  return { id, pageId, colour: 'yellow', note: '', selector, createdAt: 1, editedAt: 1 };
}

const page = (source: string, pageId = 'p') => ({ pageId, source, stocks: findStockMentions(source) });
const ids = (m: Map<string, Highlight[]>) => Object.fromEntries([...m].map(([k, hs]) => [k, hs.map((h) => h.id)]));

describe('highlightsByStock', () => {
  it('lists a highlight under each stock it holds whole, once, in page order', () => {
    const both = mark(PAGE, '騰訊控股（00700）公布業績，美團（03690）', 'both');
    const later = mark(PAGE, '騰訊（00700）再升', 'later');
    const part = mark(PAGE, '00700）公布', 'part');
    const none = mark(PAGE, '恒指收市', 'none');
    expect(ids(highlightsByStock([page(PAGE)], [later, part, none, both]))).toEqual({ 'HK:00700': ['both', 'later'], 'HK:03690': ['both'] });
  });

  it('follows a moved highlight, leaves out an orphan, keeps library order', () => {
    const long = PAGE.replace('\n另段', `${'長'.repeat(40)}\n另段`);
    const moved = mark(long, '美團（03690）跌2%', 'moved');
    const gone = mark(long, '騰訊（00700）再升', 'gone');
    const edited = `新聞：${long.replace('再升', '回落')}`;
    const other = mark(PAGE, '騰訊（00700）再升', 'other', 0, 'q');
    const result = highlightsByStock([page(edited), page(PAGE, 'q')], [other, moved, gone]);
    expect(ids(result)).toEqual({ 'HK:03690': ['moved'], 'HK:00700': ['other'] });
  });

  it('lists a highlight under a stock exactly when the mention lies inside it (property)', () => {
    const mentions = findStockMentions(PAGE);
    const len = [...PAGE].length;
    fc.assert(
      fc.property(fc.nat({ max: len - 1 }), fc.nat({ max: len }), (a, l) => {
        const start = a;
        const end = Math.min(len, a + 1 + l);
        const h: Highlight = { id: 'h', pageId: 'p', colour: 'pink', note: '', selector: describeSpan(PAGE, { start, end }), createdAt: 1, editedAt: 1 };
        const got = [...highlightsByStock([page(PAGE)], [h]).keys()].sort();
        const want = [...new Set(mentions.filter((m) => m.span.start >= start && m.span.end <= end).map((m) => `${m.stock.market}:${m.stock.code}`))].sort();
        expect(got).toEqual(want);
      }),
    );
  });
});
