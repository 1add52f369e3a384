import { useMemo } from 'react';
import { useRoute } from '../../shared/router';
import type { PageFigure } from '../../core/annotate';
import { articleCharts, isCharted } from '../../core/charts/article-charts';
import { within } from '../../core/span';
import { choicesFor, useChartChoices } from '../../store/chart-choices';
import { SAMPLE_PAGE_ID } from '../../store/library';
import { usePageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';

/**
 * "Add to chart" / "remove from chart" for a figure, in its tooltip in the text (loaded with the
 * chart model when a tooltip first opens). Whether the figure is charted now is derived as the
 * charts pane derives it: the chart model's groups of its article, with the reader's choices.
 */
export default function ChartToggle({ figure }: { figure: PageFigure }) {
  const t = useT();
  const pageId = useRoute().pageId ?? SAMPLE_PAGE_ID;
  const view = usePageView(pageId);
  const choices = useChartChoices((s) => choicesFor(s, pageId));
  const setCharted = useChartChoices((s) => s.setCharted);
  const charted = useMemo(() => {
    const article = view?.page.articles.find((a) => a.span.start <= figure.span.start && figure.span.end <= a.span.end);
    if (!view || !article) return undefined;
    return isCharted(articleCharts(article.id, within(view.annotations.figures, article.span), choices), figure.id);
  }, [view, figure, choices]);
  if (charted === undefined) return null;

  return (
    <button
      type="button"
      className="figure-tip-toggle"
      data-testid="figure-chart-toggle"
      aria-pressed={charted}
      // One Tab stop per figure: the mark takes focus, and C on it presses this (see FigureMark).
      tabIndex={-1}
      aria-keyshortcuts="C"
      onClick={(e) => {
        e.stopPropagation();
        setCharted(pageId, figure.id, !charted);
      }}
    >
      {charted ? t('chartRemove') : t('chartAdd')}
    </button>
  );
}
