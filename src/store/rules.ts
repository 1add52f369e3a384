import type { ChartChoices } from '../core/charts/choices';
import type { Correction } from '../core/page';
import type { Highlight } from '../core/highlights/highlight';
import { useChartChoices } from './chart-choices';
import { useHighlights } from './highlights';
import { useLibrary, type NewPage, type StoredPage } from './library';

/**
 * The rules that span stores, in one place: what else goes when a page goes, and comes back when
 * it comes back. Components call these, never two stores' actions in a row.
 */

/** Everything `deletePage` took away, from every store, so that `restorePage` puts back exactly that. */
export interface DeletedPage {
  readonly page: StoredPage;
  readonly corrections: readonly Correction[] | undefined;
  readonly chartChoices: ChartChoices | undefined;
  readonly highlights: readonly Highlight[];
}

/** Deletes an imported page with its corrections, chart choices and highlights; undefined for the sample or an unknown id. */
export function deletePage(id: string): DeletedPage | undefined {
  const removed = useLibrary.getState().removePage(id);
  if (!removed) return undefined;
  const chartChoices = useChartChoices.getState().forgetPage(id);
  const highlights = useHighlights.getState().forgetPage(id);
  return { ...removed, chartChoices, highlights };
}

/** Undoes `deletePage`: the page, its corrections, chart choices and highlights as they were. */
export function restorePage(deleted: DeletedPage): void {
  useLibrary.getState().putBackPage(deleted.page, deleted.corrections);
  if (deleted.chartChoices) useChartChoices.getState().restorePage(deleted.page.id, deleted.chartChoices);
  useHighlights.getState().putBack(deleted.highlights);
}

/**
 * Replaces an imported page's text (the same file decoded with another encoding). What pointed
 * into the old text goes with it: its corrections (block offsets) and its chart choices (figure ids).
 * Its highlights stay: each is found again in the new text by its quote and context, or is shown
 * orphaned (never attached elsewhere).
 */
export function replacePageText(id: string, page: NewPage): void {
  if (!useLibrary.getState().pages[id]) return;
  useLibrary.getState().replaceText(id, page);
  useChartChoices.getState().forgetPage(id);
}
