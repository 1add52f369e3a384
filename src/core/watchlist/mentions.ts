import { articleName } from '../page/text';
import type { Script } from '../script/detect-script';
import { stockKey } from '../stocks/normalise';
import type { StockMention } from '../stocks/stock-mention';
import { codePointMap } from '../text/code-points';
import type { Article, ParsedPage } from '../page/parsed-page';
import { sentenceAround, type Sentence } from './sentence';

/** A page of the library with what recognition found in it. */
export interface MentionSource {
  readonly pageId: string;
  /** The page as the reader corrected it, so article ids are the ones the reader shows. */
  readonly page: ParsedPage;
  readonly script: Script;
  readonly stocks: readonly StockMention[];
}

/** One place the library mentions a stock: enough to show its sentence and to go there. */
export interface LibraryMention {
  readonly pageId: string;
  readonly articleId: string;
  /** The article's headline (in `script`), '' when it has none. */
  readonly articleTitle: string;
  readonly script: Script;
  /** Code-point offset of the mention in the page source: where the reader scrolls to. */
  readonly at: number;
  /** The name as written beside the code, or the alias itself. */
  readonly name?: string;
  readonly sentence: Sentence;
}

/**
 * Every stock mention in the library, by stock key (`HK:00700`), in library then page order.
 * Each carries the article that holds it and the sentence around it.
 */
export function indexMentions(sources: readonly MentionSource[]): Map<string, LibraryMention[]> {
  const index = new Map<string, LibraryMention[]>();
  for (const { pageId, page, script, stocks } of sources) {
    const map = codePointMap(page.source);
    const titles = new Map<string, string>();
    for (const mention of stocks) {
      const article = articleAt(page.articles, mention.span.start);
      if (!article) continue;
      let title = titles.get(article.id);
      if (title === undefined) titles.set(article.id, (title = articleName(page.source, article)));
      const key = stockKey(mention.stock);
      const list = index.get(key) ?? [];
      list.push({
        pageId,
        articleId: article.id,
        articleTitle: title,
        script,
        at: mention.span.start,
        ...(mention.name ? { name: mention.name } : {}),
        sentence: sentenceAround(page.source, mention.span, 120, map),
      });
      index.set(key, list);
    }
  }
  return index;
}

/** The article holding an offset, else the last one starting before it (articles are in source order). */
export function articleAt(articles: readonly Article[], offset: number): Article | undefined {
  let best: Article | undefined;
  for (const article of articles) {
    if (article.span.start > offset) break;
    best = article;
    if (offset < article.span.end) break;
  }
  return best ?? articles[0];
}
