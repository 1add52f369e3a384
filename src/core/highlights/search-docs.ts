import type { SearchDoc } from '../search';
import { codePointMap } from '../text/code-points';
import { anchor } from './anchor';
import type { Highlight } from './highlight';

/** Where a page's text docs begin, each with its article: enough to say which article holds an offset. */
export interface DocStart {
  readonly articleId: string;
  readonly sourceStart: number;
}

/** The article of the last doc starting at or before `offset` (docs in any order); undefined before the first. */
export function articleOfOffset(docs: readonly DocStart[], offset: number): string | undefined {
  let best: DocStart | undefined;
  for (const doc of docs) if (doc.sourceStart <= offset && (!best || doc.sourceStart >= best.sourceStart)) best = doc;
  return best?.articleId;
}

/**
 * A page's highlights as docs for the library search, so the search finds them (in either
 * script, like any text): each one's quote where it lies in the page now, and its note when it
 * has one. A highlight whose text is gone (orphaned) has no passage to open and is left out.
 *
 * @example
 * highlightSearchDocs('p1', '恒指升。騰訊跌。', [h], docs)
 * // [{ pageId: 'p1', articleId: 'a0', blockId: 'h:h1', text: '騰訊跌', sourceStart: 4, highlight: { id: 'h1', part: 'quote' } },
 * //  { …, blockId: 'h:h1:note', text: '留意', sourceStart: 0, highlight: { id: 'h1', part: 'note' } }]
 */
export function highlightSearchDocs(pageId: string, source: string, highlights: readonly Highlight[], docs: readonly DocStart[]): SearchDoc[] {
  if (highlights.length === 0) return [];
  const map = codePointMap(source);
  const out: SearchDoc[] = [];
  for (const h of highlights) {
    const found = anchor(source, h.selector, map);
    if (!found.ok) continue;
    const { start } = found.data.span;
    const articleId = articleOfOffset(docs, start) ?? '';
    out.push({ pageId, articleId, blockId: `h:${h.id}`, text: h.selector.exact, sourceStart: start, highlight: { id: h.id, part: 'quote' } });
    if (h.note.trim() !== '') {
      out.push({ pageId, articleId, blockId: `h:${h.id}:note`, text: h.note, sourceStart: 0, highlight: { id: h.id, part: 'note' } });
    }
  }
  return out;
}
