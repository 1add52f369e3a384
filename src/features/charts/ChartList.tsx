import type { Article } from '../../core/page/parsed-page';
import { choicesFor, useChartChoices } from '../../store/chart-choices';
import type { PageView } from '../../shared/page/usePageView';
import { ArticleCharts } from './ArticleCharts';

/**
 * The lazily loaded body of the charts pane: each open article's charts (two articles side by
 * side in the reader get two sections here).
 */
export default function ChartList({ view, articles }: { view: PageView; articles: readonly Article[] }) {
  const choices = useChartChoices((s) => choicesFor(s, view.pageId));
  return (
    <>
      {articles.map((article) => (
        <ArticleCharts key={article.id} view={view} article={article} choices={choices} />
      ))}
    </>
  );
}
