import { useEffect, useRef } from 'react';
import { chartForFigure, keyFigureFor, type ArticleFigures } from '../../core/charts/article-charts';
import type { ChartChoices } from '../../core/charts/choices';
import { articleName } from '../../core/page';
import type { Article } from '../../core/page/parsed-page';
import { useFigureFocus } from '../../store/figure-focus';
import type { PageView } from '../../shared/page/usePageView';
import { useDisplay, useT } from '../../shared/script/useScript';
import { ChartCard, chartDomId } from './ChartCard';
import { KeyFigures, keyFigureDomId } from './KeyFigures';
import { useArticleFigures } from './useArticleFigures';

interface Props {
  view: PageView;
  article: Article;
  choices: ChartChoices;
}

/**
 * One article's charts, drawn from its figures' facts and the reader's choices, then its key
 * figures (what has nothing comparable beside it); or a plain "none".
 */
export function ArticleCharts({ view, article, choices }: Props) {
  const t = useT();
  const display = useDisplay(view.sourceScript);
  const drawn = useArticleFigures(view, article, choices);
  useScrollToActive(drawn);
  const headline = display(articleName(view.page.source, article)) || t('noHeadline');

  let body;
  if (!drawn.ready) body = <p className="pane-empty charts-loading">{t('chartsLoading')}</p>;
  else if (drawn.charts.length === 0 && drawn.keyFigures.length === 0) body = <p className="pane-empty">{t('chartsNoFigures')}</p>;
  else
    body = (
      <>
        {drawn.charts.map((chart, i) => (
          <ChartCard key={chart.id} chart={chart} index={i} view={view} />
        ))}
        {drawn.keyFigures.length > 0 && <KeyFigures articleId={article.id} keys={drawn.keyFigures} view={view} />}
      </>
    );

  return (
    <section className="charts-article" data-article-id={article.id} aria-labelledby={`charts-h-${article.id}`}>
      <h3 className="charts-article-title" id={`charts-h-${article.id}`}>
        {headline}
      </h3>
      {body}
    </section>
  );
}

/**
 * Brings the chart (or key figure) of a figure the reader clicked in the text into view, once
 * per click: also on mount, for the phone, where the charts pane opens because of that click.
 */
function useScrollToActive({ charts, keyFigures }: ArticleFigures) {
  const activations = useFigureFocus((s) => s.activations);
  const handled = useRef(0);
  useEffect(() => {
    const { active } = useFigureFocus.getState();
    if (activations === handled.current || !active) return;
    const chart = chartForFigure(charts, active);
    const key = chart ? undefined : keyFigureFor(keyFigures, active);
    const target = chart ? chartDomId(chart.id) : key ? keyFigureDomId(key.id) : undefined;
    if (!target) return;
    handled.current = activations;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // After the plots have measured their width and drawn (a pane that has just opened).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' }));
    });
    return () => cancelAnimationFrame(frame);
  }, [activations, charts, keyFigures]);
}
