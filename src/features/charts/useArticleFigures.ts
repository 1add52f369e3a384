import { useMemo } from 'react';
import type { PageFigure } from '../../core/annotate';
import { articleFigures, type ArticleFigures } from '../../core/charts/article-charts';
import type { ChartChoices } from '../../core/charts/choices';
import type { Article } from '../../core/page/parsed-page';
import { within } from '../../core/span';
import { usePageDate, usePageFacts } from '../../shared/page/facts';
import type { PageView } from '../../shared/page/usePageView';

export interface ArticleFiguresView extends ArticleFigures {
  readonly figures: readonly PageFigure[];
  /** False while the facts the charts are drawn from are still coming (a chunk, after first paint). */
  readonly ready: boolean;
}

/** An article's charts and key figures, drawn from its figures' facts with the reader's choices. */
export function useArticleFigures(view: PageView | undefined, article: Article | undefined, choices: ChartChoices): ArticleFiguresView {
  const facts = usePageFacts(view, usePageDate(view?.pageId));
  return useMemo(() => {
    const figures = view && article ? within(view.annotations.figures, article.span) : [];
    const ready = figures.length === 0 || facts.size > 0;
    const drawn = view && article && ready ? articleFigures(article.id, figures, (id) => facts.get(id), choices, view.page.source) : { charts: [], keyFigures: [] };
    return { ...drawn, figures, ready };
  }, [view, article, facts, choices]);
}
