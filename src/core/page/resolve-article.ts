import type { Article } from './parsed-page';

/**
 * Resolves a route's article id against a page's articles. An id is `a` + the source offset
 * where the article starts, so after a merge (or a link from before one) the article now holding
 * that offset is the answer; otherwise the first article proper, else the first of any kind.
 */
export function resolveArticle(articles: readonly Article[], id: string | undefined): Article | undefined {
  const exact = articles.find((a) => a.id === id);
  if (exact) return exact;
  const offset = idOffset(id);
  const holder = articles.find((a) => holdsOffset(a, offset));
  return holder ?? articles.find((a) => a.kind === 'article') ?? articles[0];
}

/** Whether an article holds the source offset an article id names (false for a malformed id). */
export function holdsId(article: Article, id: string | undefined): boolean {
  return holdsOffset(article, idOffset(id));
}

function holdsOffset(article: Article, offset: number): boolean {
  return article.span.start <= offset && offset < article.span.end;
}

function idOffset(id: string | undefined): number {
  return id && /^a\d+$/.test(id) ? Number(id.slice(1)) : NaN;
}
