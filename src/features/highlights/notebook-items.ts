import { useMemo } from 'react';
import { anchor, type Highlight, type PlacedHighlight } from '../../core/highlights';
import { pageScript } from '../../core/library/page-script';
import { articleName } from '../../core/page/text';
import type { Script } from '../../core/script';
import { within } from '../../core/span';
import { findStockMentions, stockKey } from '../../core/stocks';
import { codePointMap } from '../../core/text/code-points';
import { usePageHighlights } from '../../shared/page/highlights';
import type { PageView } from '../../shared/page/usePageView';
import { useHighlights } from '../../store/highlights';
import { allPages, useLibrary, type StoredPage } from '../../store/library';

/** One line of the notebook. */
export interface NotebookItem {
  readonly highlight: Highlight;
  readonly pageId: string;
  readonly pageTitle: string;
  readonly sourceScript: Script;
  /** The article's name (this page only: other pages are not parsed for the list). */
  readonly articleName: string | undefined;
  readonly articleId: string | undefined;
  readonly orphaned: boolean;
  /** The stocks the highlight mentions, by key, with what to call them. */
  readonly stocks: ReadonlyMap<string, string>;
}

/**
 * The notebook's items: the open page's highlights in page order (placed in the page as it is
 * now), then every other page's, newest first, each checked against its page's text.
 */
export function useNotebookItems(view: PageView | undefined): { here: NotebookItem[]; elsewhere: NotebookItem[] } {
  const placed = usePageHighlights(view);
  const all = useHighlights((s) => s.highlights);
  const pages = useLibrary((s) => s.pages);
  const sample = useLibrary((s) => s.sample);
  const here = useMemo(() => (view ? placed.map((p) => itemHere(view, p)) : []), [view, placed]);
  const elsewhere = useMemo(() => {
    const byId = new Map(allPages({ pages, sample }).map((p) => [p.id, p]));
    const scripts = new Map<string, Script>();
    const scriptOf = (page: StoredPage) => scripts.get(page.id) ?? scripts.set(page.id, pageScript(page.source)).get(page.id)!;
    const others = Object.values(all).filter((h) => h.pageId !== view?.pageId);
    return others
      .sort((a, b) => b.createdAt - a.createdAt)
      .flatMap((h) => {
        const page = byId.get(h.pageId);
        return page ? [itemElsewhere(page, scriptOf(page), h)] : [];
      });
  }, [all, pages, sample, view?.pageId]);
  return { here, elsewhere };
}

function itemHere(view: PageView, placed: PlacedHighlight): NotebookItem {
  const { highlight, found, articleId } = placed;
  const article = articleId ? view.page.articles.find((a) => a.id === articleId) : undefined;
  const mentions = found.ok ? within(view.annotations.stocks, found.data.span) : [];
  return {
    highlight,
    pageId: view.pageId,
    pageTitle: view.title,
    sourceScript: view.sourceScript,
    articleName: article ? articleName(view.page.source, article) : undefined,
    articleId,
    orphaned: !found.ok,
    stocks: new Map(mentions.map((m) => [stockKey(m.stock), m.name ?? m.stock.code])),
  };
}

function itemElsewhere(page: StoredPage, sourceScript: Script, highlight: Highlight): NotebookItem {
  const found = anchor(page.source, highlight.selector, codePointMap(page.source));
  const mentions = findStockMentions(highlight.selector.exact);
  return {
    highlight,
    pageId: page.id,
    pageTitle: page.title,
    sourceScript,
    articleName: undefined,
    articleId: undefined,
    orphaned: !found.ok,
    stocks: new Map(mentions.map((m) => [stockKey(m.stock), m.name ?? m.stock.code])),
  };
}
