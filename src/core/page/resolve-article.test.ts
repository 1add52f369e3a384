import { describe, expect, it } from 'vitest';
import type { Article, ArticleKind } from './parsed-page';
import { holdsId, resolveArticle } from './resolve-article';

const article = (start: number, end: number, kind: ArticleKind = 'article'): Article => ({
  id: `a${start}`,
  kind,
  headlineIndex: -1,
  blocks: [],
  span: { start, end },
});

// An advert first, then two articles: [0,10) advert, [10,40) and [40,90) articles.
const advert = article(0, 10, 'advert');
const first = article(10, 40);
const second = article(40, 90);
const page = [advert, first, second];

describe('resolveArticle', () => {
  it('finds an article by its exact id', () => {
    expect(resolveArticle(page, 'a40')).toBe(second);
    expect(resolveArticle(page, 'a0')).toBe(advert);
  });

  it('gives the article now holding an id’s offset (a link from before a merge)', () => {
    expect(resolveArticle(page, 'a55')).toBe(second);
    expect(resolveArticle(page, 'a39')).toBe(first);
    expect(resolveArticle(page, 'a5')).toBe(advert);
  });

  it('falls back to the first article proper, not an advert, for no id, a malformed id or one past the end', () => {
    for (const id of [undefined, '', 'x12', 'a', 'a12b', 'a90', 'a1000']) expect(resolveArticle(page, id)).toBe(first);
  });

  it('falls back to the first of any kind when the page has only adverts, and to nothing on an empty page', () => {
    const other = article(10, 20, 'advert');
    expect(resolveArticle([advert, other], undefined)).toBe(advert);
    expect(resolveArticle([], 'a0')).toBeUndefined();
  });
});

describe('holdsId', () => {
  it('says whether the offset an id names lies in the article (start inclusive, end exclusive)', () => {
    expect(holdsId(first, 'a10')).toBe(true);
    expect(holdsId(first, 'a39')).toBe(true);
    expect(holdsId(first, 'a40')).toBe(false);
    expect(holdsId(first, 'a9')).toBe(false);
  });

  it('is false for no id or a malformed one', () => {
    for (const id of [undefined, '', 'b12', 'a1.5', '12']) expect(holdsId(first, id)).toBe(false);
  });
});
