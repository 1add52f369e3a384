import type { PointSource } from '../../core/series';
import { navigate } from '../../shared/router';
import { closeSeries } from '../../shared/series-open';

/**
 * Opens a cited figure's page at its article and sentence: the reader scrolls to it and, once the
 * page's marks are in, lights up its sentence, as pointing at a chart's bar does. The address
 * names the figure (`Route.figure`), so the sentence is lit while the reader stays there, and
 * no longer once it goes anywhere else.
 */
export function goToSource(source: PointSource): void {
  closeSeries();
  navigate({ pageId: source.pageId, ...(source.articleId ? { articleId: source.articleId } : {}), at: source.start, figure: source.figureId });
}
