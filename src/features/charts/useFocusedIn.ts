import type { ArticleChart } from '../../core/charts/article-charts';
import { useFigureFocus } from '../../store/figure-focus';

/**
 * The hovered and the active figure, if they are on this chart: a chart re-renders only when
 * the reader points at (or away from) one of its own figures.
 */
export function useFocusedIn(chart: ArticleChart): { hovered: string | undefined; active: string | undefined } {
  const has = (id: string | undefined) => id !== undefined && chart.rows.some((r) => r.figureId === id);
  const hovered = useFigureFocus((s) => (has(s.hovered) ? s.hovered : undefined));
  const active = useFigureFocus((s) => (has(s.active) ? s.active : undefined));
  return { hovered, active };
}
