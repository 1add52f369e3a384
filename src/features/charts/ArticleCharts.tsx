import { startTransition, useEffect, useRef, useState } from 'react';
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
  const clicked = useFigureFocus((s) => s.activations > 0);
  const shown = useOneByOne(drawn.ready ? drawn.charts.length : 0, clicked);
  const headline = display(articleName(view.page.source, article)) || t('noHeadline');

  let body;
  if (!drawn.ready) body = <p className="pane-empty charts-loading">{t('chartsLoading')}</p>;
  else if (drawn.charts.length === 0 && drawn.keyFigures.length === 0) body = <p className="pane-empty">{t('chartsNoFigures')}</p>;
  else
    body = (
      <>
        {drawn.charts.slice(0, shown).map((chart, i) => (
          <ChartCard key={chart.id} chart={chart} index={i} view={view} />
        ))}
        {shown >= drawn.charts.length && drawn.keyFigures.length > 0 && <KeyFigures articleId={article.id} keys={drawn.keyFigures} view={view} />}
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

/** Whether the first charts drawn since the app started have all appeared: later ones appear at once. */
let allShownOnce = false;

/**
 * How many of `total` charts to draw. The first charts after the app starts (the default page's,
 * as it opens) appear one a task, each in a render and commit of its own, in order (one below the
 * other: none moves another), so drawing them is no single long task; later ones, or any once
 * the reader has clicked a figure, all at once.
 */
function useOneByOne(total: number, everything: boolean): number {
  const [shown, setShown] = useState(allShownOnce ? Number.POSITIVE_INFINITY : 1);
  const all = everything || shown >= total;
  useEffect(() => {
    if (all) {
      if (total > 0) allShownOnce = true;
      return;
    }
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [all, shown, total]);
  return all ? total : shown;
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
