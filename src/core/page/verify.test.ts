import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import type { Article, Block, ParsedPage } from './parsed-page';
import { parsePage } from './parse';
import { pageViolations } from './verify';

const page = parsePage(sample);

/** The page with its blocks replaced (articles regrouped as one), to show the checker bites. */
function withBlocks(blocks: Block[]): ParsedPage {
  const article: Article = {
    id: `a${blocks[0]!.span.start}`,
    kind: 'article',
    headlineIndex: 0,
    blocks,
    span: { start: blocks[0]!.span.start, end: blocks.at(-1)!.span.end },
  };
  return { source: sample, blocks, articles: [article] };
}

describe('pageViolations', () => {
  it('accepts the parsed page and the page regrouped as one article', () => {
    expect(pageViolations(page)).toEqual([]);
    expect(pageViolations(withBlocks([...page.blocks]))).toEqual([]);
  });

  it('notices a lost block', () => {
    expect(pageViolations(withBlocks(page.blocks.slice(0, -1)))).not.toEqual([]);
  });

  it('notices blocks out of order', () => {
    const swapped = [...page.blocks];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(pageViolations(withBlocks(swapped))).not.toEqual([]);
  });

  it('notices a line that is not trimmed or a wrong id', () => {
    const [first, ...rest] = page.blocks;
    const loose: Block = { ...first!, lines: [{ start: first!.span.start - 1, end: first!.span.end }] };
    expect(pageViolations(withBlocks([loose, ...rest]))).not.toEqual([]);
    const renamed: Block = { ...first!, id: 'b12345' };
    expect(pageViolations(withBlocks([renamed, ...rest]))).not.toEqual([]);
  });

  it('notices articles that do not partition the blocks', () => {
    const broken: ParsedPage = { ...page, articles: page.articles.slice(1) };
    expect(pageViolations(broken)).not.toEqual([]);
  });
});
