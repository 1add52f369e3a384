import { useMemo } from 'react';
import type { PageAnnotations } from '../../core/annotate';
import { applyCorrections, type Correction } from '../../core/page';
import type { Script } from '../../core/script';
import type { ParsedPage } from '../../core/page/parsed-page';
import { findPage, useLibrary } from '../../store/library';
import { EMPTY_ANNOTATIONS, useAnalysis } from './analysis';

export interface PageView {
  readonly pageId: string;
  readonly title: string;
  /** The page as corrected by the reader. */
  readonly page: ParsedPage;
  /** Figures and stocks; empty until their chunk has loaded (see `annotated`). */
  readonly annotations: PageAnnotations;
  readonly annotated: boolean;
  /** The script the page is written in: display conversion starts from it. */
  readonly sourceScript: Script;
  readonly corrections: readonly Correction[];
}

const NO_CORRECTIONS: readonly Correction[] = [];

/**
 * The open page, parsed, annotated and corrected: all derived from the stored facts, through the
 * one cache of analyses (`analysis.ts`). Subscribing to the page keeps it cached while shown.
 */
export function usePageView(pageId: string | undefined): PageView | undefined {
  // Until the library is read back, corrections are unknown: show nothing rather than a flash
  // of the uncorrected page.
  const hydrated = useLibrary((s) => s.hydrated);
  const stored = useLibrary((s) => (pageId && s.hydrated ? findPage(s, pageId) : undefined));
  const corrections = useLibrary((s) => (pageId ? s.corrections[pageId] : undefined)) ?? NO_CORRECTIONS;
  const analysis = useAnalysis(stored && hydrated ? pageId : undefined, stored?.source);
  return useMemo(() => {
    if (!stored || !pageId || !hydrated || !analysis) return undefined;
    const { page, annotations, sourceScript } = analysis;
    return {
      pageId,
      title: stored.title,
      page: applyCorrections(page, corrections),
      annotations: annotations ?? EMPTY_ANNOTATIONS,
      annotated: annotations !== undefined,
      sourceScript,
      corrections,
    };
  }, [stored, pageId, corrections, analysis, hydrated]);
}
