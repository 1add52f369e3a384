import { useEffect, useMemo, useRef } from 'react';
import type { PageFigure } from '../../core/annotate';
import { articleCharts, chartForFigure, type ArticleChart } from '../../core/charts/article-charts';
import type { ChartChoices } from '../../core/charts/choices';
import { articleName } from '../../core/page';
import { within } from '../../core/span';
import type { Article } from '../../core/page/parsed-page';
import { useFigureFocus } from '../../store/figure-focus';
import type { PageView } from '../../shared/page/usePageView';
import { useDisplay, useT } from '../../shared/script/useScript';
import { ChartCard, chartDomId } from './ChartCard';

interface Props {
  view: PageView;
  article: Article;
  choices: ChartChoices;
}

/** One article's charts, derived from its figures and the reader's choices; or a plain "none". */
export function ArticleCharts({ view, article, choices }: Props) {
  const t = useT();
  const display = useDisplay(view.sourceScript);
  const figures = useMemo(() => within(view.annotations.figures, article.span), [view.annotations, article.span]);
  const charts = useMemo(() => articleCharts(article.id, figures, choices), [article.id, figures, choices]);
  useScrollToActive(charts, figures);
  const headline = display(articleName(view.page.source, article)) || t('noHeadline');

  return (
    <section className="charts-article" data-article-id={article.id} aria-labelledby={`charts-h-${article.id}`}>
      <h3 className="charts-article-title" id={`charts-h-${article.id}`}>
        {headline}
      </h3>
      {charts.length === 0 ? (
        <p className="pane-empty">{t('chartsNoFigures')}</p>
      ) : (
        charts.map((chart, i) => <ChartCard key={chart.id} chart={chart} index={i} view={view} />)
      )}
    </section>
  );
}

/**
 * Brings the chart of a figure the reader clicked in the text into view, once per click: also
 * on mount, for the phone, where the charts pane opens because of that click.
 */
function useScrollToActive(charts: readonly ArticleChart[], figures: readonly PageFigure[]) {
  const activations = useFigureFocus((s) => s.activations);
  const handled = useRef(0);
  useEffect(() => {
    const { active } = useFigureFocus.getState();
    if (activations === handled.current) return;
    const figure = figures.find((f) => f.id === active);
    const chart = figure && chartForFigure(charts, figure);
    if (!chart) return;
    handled.current = activations;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // After the plots have measured their width and drawn (a pane that has just opened).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() =>
        document.getElementById(chartDomId(chart.id))?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' }),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [activations, charts, figures]);
}
