import { rowForFigure } from '../../core/charts/article-charts';
import { useRoute } from '../../shared/router';
import type { PageFigure } from '../../core/annotate';
import { choicesFor, useChartChoices } from '../../store/chart-choices';
import { SAMPLE_PAGE_ID } from '../../store/library';
import { usePageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { useArticleFigures } from './useArticleFigures';

/**
 * "Add to chart" / "remove from chart" for a figure, in its tooltip in the text (loaded with the
 * chart model when a tooltip first opens). Whether the figure is charted now is derived as the
 * charts pane derives it; the choice names the point's first figure, so a fact cited twice is
 * taken off (and put back) as one. A key figure has nothing comparable to be charted with: the
 * tip says so.
 */
export default function ChartToggle({ figure }: { figure: PageFigure }) {
  const t = useT();
  const pageId = useRoute().pageId ?? SAMPLE_PAGE_ID;
  const view = usePageView(pageId);
  const choices = useChartChoices((s) => choicesFor(s, pageId));
  const setCharted = useChartChoices((s) => s.setCharted);
  const article = view?.page.articles.find((a) => a.span.start <= figure.span.start && figure.span.end <= a.span.end);
  const { charts, ready } = useArticleFigures(view, article, choices);
  if (!view || !article || !ready) return null;
  const row = rowForFigure(charts, figure.id);

  if (!row) {
    return (
      <button type="button" className="figure-tip-toggle" data-testid="figure-chart-toggle" aria-pressed={false} aria-disabled="true" tabIndex={-1} aria-keyshortcuts="C">
        {t('chartNothingComparable')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="figure-tip-toggle"
      data-testid="figure-chart-toggle"
      aria-pressed={row.included}
      // One Tab stop per figure: the mark takes focus, and C on it presses this (see FigureMark).
      tabIndex={-1}
      aria-keyshortcuts="C"
      onClick={(e) => {
        e.stopPropagation();
        setCharted(pageId, row.figureId, !row.included);
      }}
    >
      {row.included ? t('chartRemove') : t('chartAdd')}
    </button>
  );
}
