import { blockSegments } from '../page';
import type { SearchDoc } from '../search';
import type { ParsedPage } from '../page/parsed-page';

/**
 * The search docs of a page: one per source line of every block, each knowing its article (as
 * corrected by the reader, so a hit opens the article the reader sees) and its code-point offset
 * in the source. Lines, not blocks: a line is a contiguous slice of the source, so a hit's offset
 * is the doc's start plus the match's place, with no joiner arithmetic.
 */
export function searchDocs(pageId: string, page: ParsedPage): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const article of page.articles) {
    for (const block of article.blocks) {
      for (const seg of blockSegments(page.source, block)) {
        if (seg.text !== '') docs.push({ pageId, articleId: article.id, blockId: block.id, text: seg.text, sourceStart: seg.sourceStart });
      }
    }
  }
  return docs;
}
