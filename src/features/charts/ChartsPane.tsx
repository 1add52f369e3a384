import { lazy, Suspense } from 'react';
import type { Route } from '../../core/route';
import type { Article } from '../../core/page/parsed-page';
import { useChartChoices } from '../../store/chart-choices';
import type { PageView } from '../../shared/page/usePageView';
import { resolveArticle } from '../../core/page/resolve-article';
import { useT } from '../../shared/script/useScript';
import './charts.css';

/** recharts and every chart component arrive in their own chunk, after first paint. */
const ChartList = lazy(() => import('./ChartList'));

/**
 * The charts pane: the figures of the article(s) open in the reader, charted. The frame is
 * eager; the charts load lazily. It waits for the annotations (figures) and for the reader's
 * stored chart choices, saying so quietly, so a figure the reader removed never flashes in.
 */
export function ChartsPane({ view, route }: { view: PageView | undefined; route: Route }) {
  const t = useT();
  const hydrated = useChartChoices((s) => s.hydrated);
  const article = resolveArticle(view?.page.articles ?? [], route.articleId);
  const compare = route.compareId ? view?.page.articles.find((a) => a.id === route.compareId) : undefined;
  const articles = [article, compare].filter((a): a is Article => a !== undefined);
  const loading = (
    <p className="pane-empty charts-loading" role="status">
      {t('chartsLoading')}
    </p>
  );

  let body;
  if (!view || !view.annotated || !hydrated) body = loading;
  else if (articles.length === 0) body = <p className="pane-empty">{t('noArticle')}</p>;
  else
    body = (
      <Suspense fallback={loading}>
        <ChartList view={view} articles={articles} />
      </Suspense>
    );

  return (
    <div className="charts" data-testid="charts">
      <h2 className="pane-title">{t('charts')}</h2>
      {body}
    </div>
  );
}
