import { within } from '../span';
import type { StockMention } from '../stocks';
import { stockKey } from '../stocks/normalise';
import { codePointMap } from '../text/code-points';
import { anchor } from './anchor';
import type { Highlight } from './highlight';

/** A page as {@link highlightsByStock} sees it: its text and the stock mentions found in it. */
export interface StockedPage {
  readonly pageId: string;
  readonly source: string;
  /** In source code points, sorted by start. */
  readonly stocks: readonly StockMention[];
}

/**
 * The highlights that contain a stock mention, by stock key (`HK:00700`): a highlight is listed
 * under each stock mentioned wholly inside the passage it marks now (as the notebook's stock filter) (anchored in its page's
 * text, so an orphan is under none), once per stock. In library order, then by place in the page.
 *
 * @example
 * highlightsByStock([{ pageId: 'p', source: '騰訊（00700）升2%', stocks }], [h]) // Map { 'HK:00700' => [h] }
 */
export function highlightsByStock(pages: readonly StockedPage[], highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const byPage = new Map<string, Highlight[]>();
  for (const h of highlights) byPage.set(h.pageId, [...(byPage.get(h.pageId) ?? []), h]);
  const out = new Map<string, Highlight[]>();
  for (const page of pages) {
    const mine = byPage.get(page.pageId);
    if (!mine || page.stocks.length === 0) continue;
    const map = codePointMap(page.source);
    const placed = mine.flatMap((h) => {
      const found = anchor(page.source, h.selector, map);
      return found.ok ? [{ h, span: found.data.span }] : [];
    });
    placed.sort((a, b) => a.span.start - b.span.start || a.h.createdAt - b.h.createdAt);
    for (const { h, span } of placed) {
      const keys = new Set(within(page.stocks, span).map((m) => stockKey(m.stock)));
      for (const key of keys) out.set(key, [...(out.get(key) ?? []), h]);
    }
  }
  return out;
}
