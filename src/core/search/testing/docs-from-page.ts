import type { SearchDoc } from '../docs-and-hits';

/**
 * Test support: one doc per non-blank source line, as the UI indexes a page. Block and article
 * ids follow the core's convention (`b`/`a` + start offset); each line is its own article here.
 */
export function docsFromPage(pageId: string, source: string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    const length = [...line].length;
    if (line.trim() !== '') {
      docs.push({ pageId, articleId: `a${offset}`, blockId: `b${offset}`, text: line, sourceStart: offset });
    }
    offset += length + 1;
  }
  return docs;
}
