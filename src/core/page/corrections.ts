import type { Article, Block, BlockKind, ParsedPage } from './parsed-page';
import { makeArticle } from './draft';

/**
 * A reader's fix to where articles begin, stored by id so it survives re-parsing:
 * - `split`: the named block (a subhead, or a headline-like block inside an article) starts a
 *   new article and is its headline;
 * - `merge`: the named article is folded into the one before it.
 */
export type Correction = { readonly kind: 'split'; readonly blockId: string } | { readonly kind: 'merge'; readonly articleId: string };

const HEADLINE_LIKE: ReadonlySet<BlockKind> = new Set(['headline', 'subhead', 'kicker']);

/**
 * Replays corrections in order over a parsed page. Blocks are never changed, only regrouped (a
 * split subhead keeps its kind; the new article's `headlineIndex` makes it the headline), so every
 * offset stays valid. Article ids are `a` + their first block's start, so a correction made on a
 * corrected page still names the same thing. Corrections that no longer apply (unknown id, a
 * block that already starts an article, merging the first article) are skipped, never thrown.
 */
export function applyCorrections(page: ParsedPage, corrections: readonly Correction[]): ParsedPage {
  if (corrections.length === 0) return page;
  let articles: readonly Article[] = page.articles;
  for (const correction of corrections) {
    articles = correction.kind === 'split' ? split(articles, correction.blockId) : merge(articles, correction.articleId);
  }
  return articles === page.articles ? page : { ...page, articles };
}

function split(articles: readonly Article[], blockId: string): readonly Article[] {
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const at = article.blocks.findIndex((b) => b.id === blockId);
    if (at < 0) continue;
    if (at === 0) return articles;
    const before = article.blocks.slice(0, at);
    const after = article.blocks.slice(at);
    const head = article.headlineIndex;
    const first = makeArticle(before, head < at ? head : -1, kindOf(before));
    const afterHead = HEADLINE_LIKE.has(after[0]!.kind) ? 0 : head >= at ? head - at : -1;
    const second = makeArticle(after, afterHead, kindOf(after));
    return [...articles.slice(0, i), first, second, ...articles.slice(i + 1)];
  }
  return articles;
}

function merge(articles: readonly Article[], articleId: string): readonly Article[] {
  const i = articles.findIndex((a) => a.id === articleId);
  if (i <= 0) return articles;
  const prev = articles[i - 1]!;
  const next = articles[i]!;
  const blocks = [...prev.blocks, ...next.blocks];
  const head = prev.headlineIndex >= 0 ? prev.headlineIndex : next.headlineIndex >= 0 ? prev.blocks.length + next.headlineIndex : -1;
  const merged = makeArticle(blocks, head, kindOf(blocks));
  return [...articles.slice(0, i - 1), merged, ...articles.slice(i + 1)];
}

/** An article is an advert when every block in it is advert material. */
function kindOf(blocks: readonly Block[]): Article['kind'] {
  return blocks.every((b) => b.kind === 'advert') ? 'advert' : 'article';
}
