import type { ArticleChart } from '../../core/charts/article-charts';
import { useFigureFocus } from '../../store/figure-focus';

/**
 * The hovered and the active figure, if they are on this chart: a chart re-renders only when
 * the reader points at (or away from) one of its own figures.
 */
export function useFocusedIn(chart: ArticleChart): { hovered: string | undefined; active: string | undefined } {
  const has = (id: string | undefined) => id !== undefined && chart.rows.some((r) => r.figureIds.includes(id));
  // The row's own figure id (the one its bar and table row carry), whichever of its figures is pointed at.
  const rowOf = (id: string | undefined) => (has(id) ? chart.rows.find((r) => r.figureIds.includes(id!))!.figureId : undefined);
  const hovered = useFigureFocus((s) => rowOf(s.hovered));
  const active = useFigureFocus((s) => rowOf(s.active));
  return { hovered, active };
}
