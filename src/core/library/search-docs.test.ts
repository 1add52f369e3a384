import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyCorrections, parsePage } from '../page';
import { codePointMap, sliceCodePoints } from '../text/code-points';
import { searchDocs } from './search-docs';

const sample = readFileSync(fileURLToPath(new URL('../sample/sample-page.txt', import.meta.url)), 'utf8');

describe('searchDocs', () => {
  const page = parsePage(sample);
  const docs = searchDocs('sample', page);

  it('gives every doc as a slice of the source at its offset', () => {
    const map = codePointMap(sample);
    expect(docs.length).toBeGreaterThan(50);
    for (const doc of docs) expect(sliceCodePoints(sample, map, doc.sourceStart, doc.sourceStart + [...doc.text].length)).toBe(doc.text);
  });

  it('places each doc in the article that holds it', () => {
    for (const doc of docs) {
      const article = page.articles.find((a) => a.id === doc.articleId)!;
      expect(doc.sourceStart).toBeGreaterThanOrEqual(article.span.start);
      expect(doc.sourceStart).toBeLessThan(article.span.end);
    }
  });

  it('follows the reader’s corrections', () => {
    const article = page.articles[0]!;
    const subhead = article.blocks.find((b) => b.kind === 'subhead')!;
    const corrected = applyCorrections(page, [{ kind: 'split', blockId: subhead.id }]);
    const after = searchDocs('sample', corrected).find((d) => d.blockId === subhead.id)!;
    expect(after.articleId).toBe(`a${subhead.span.start}`);
  });
});
