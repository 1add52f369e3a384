import { useMemo } from 'react';
import { placeHighlights, type PlacedHighlight } from '../../core/highlights';
import { highlightsOf, useHighlights } from '../../store/highlights';
import type { PageView } from './usePageView';

const NONE: readonly PlacedHighlight[] = [];

/**
 * The open page's highlights, placed in its text as it is now (the page as corrected): each with
 * its span and article, or orphaned. Derived every time from the stored facts and the page.
 */
export function usePageHighlights(view: PageView | undefined): readonly PlacedHighlight[] {
  const all = useHighlights((s) => s.highlights);
  const source = view?.page.source;
  const articles = view?.page.articles;
  const pageId = view?.pageId;
  return useMemo(() => {
    const mine = highlightsOf(all, pageId);
    if (source === undefined || !articles || mine.length === 0) return NONE;
    return placeHighlights(source, articles, mine);
  }, [all, pageId, source, articles]);
}
