import { startTransition, useEffect, useRef, useState } from 'react';
import type { PageAnnotations } from '../../core/annotate';
import { createKeyedCache } from '../../core/derived/keyed-cache';
import { parsePage } from '../../core/page';
import { detectScript, type Script } from '../../core/script/detect-script';
import type { ParsedPage } from '../../core/page/parsed-page';

/**
 * What a page's source yields, derived and cached, never stored: the parse (at once, it is
 * small and fast) and the annotations (figures and stocks, from a lazily loaded chunk so first
 * paint doesn't wait for them).
 */
export interface Analysis {
  /** The text this was derived from: an entry is valid only for it. */
  readonly source: string;
  readonly page: ParsedPage;
  readonly sourceScript: Script;
  /** Undefined until the annotation chunk has loaded and run. */
  readonly annotations: PageAnnotations | undefined;
}

const EMPTY_ANNOTATIONS: PageAnnotations = { figures: [], stocks: [] };
export { EMPTY_ANNOTATIONS };

/** Pages kept besides those shown (which are always kept): enough for a few pages read in turn. */
export const ANALYSES_KEPT = 24;

/**
 * The one cache of page analyses, by page id, each valid for the text it was derived from. The
 * reader, search, the watchlist's mentions and the charts all read it. A page some view shows
 * is subscribed to, and so is never evicted, however many other pages are analysed.
 */
const analyses = createKeyedCache<Analysis>(ANALYSES_KEPT);
const annotating = new WeakMap<ParsedPage, Promise<PageAnnotations>>();
let annotator: Promise<typeof import('../../core/annotate')> | undefined;

/**
 * The page's analysis, parsed now if it isn't cached for this text. Safe to call while
 * rendering: filling the cache tells no one, as every reader would compute the same.
 */
export function analysisOf(pageId: string, source: string): Analysis {
  const known = analyses.get(pageId);
  if (known && known.source === source) return known;
  const entry: Analysis = { source, page: parsePage(source), sourceScript: detectScript(source), annotations: undefined };
  analyses.set(pageId, entry, { quiet: true });
  return entry;
}

/** The page's figures and stocks, annotating it if need be; the page's subscribers hear of it. */
export function annotationsOf(pageId: string, source: string): Promise<PageAnnotations> {
  const entry = analysisOf(pageId, source);
  if (entry.annotations) return Promise.resolve(entry.annotations);
  let pending = annotating.get(entry.page);
  if (!pending) {
    pending = annotate(pageId, entry.page);
    annotating.set(entry.page, pending);
  }
  return pending;
}

/** The page's parse and annotations, made now if need be: what the build draws the default page from. */
export async function fullAnalysisOf(pageId: string, source: string): Promise<Analysis & { readonly annotations: PageAnnotations }> {
  const annotations = await annotationsOf(pageId, source);
  return { ...analysisOf(pageId, source), annotations };
}

/**
 * Fills the cache with a page's analysis made elsewhere (the build's, for the default page), for
 * the text it was made of: the phone annotates nothing it was shipped.
 */
export function seedAnalysis(pageId: string, analysis: Analysis & { readonly annotations: PageAnnotations }): void {
  analyses.set(pageId, analysis, { quiet: true });
}

/** Keeps the page's analysis through any eviction until the returned release is called. */
export function pinAnalysis(pageId: string): () => void {
  return analyses.pin(pageId);
}

/**
 * The page's analysis; re-renders when (and only when) this page's annotations arrive. The
 * parse is read at once, while rendering; the annotations arriving re-render as a transition, so
 * React draws the marks in slices that leave the main thread free between them (a store read
 * through `useSyncExternalStore` would re-render them in one synchronous task).
 */
export function useAnalysis(pageId: string | undefined, source: string | undefined): Analysis | undefined {
  const [, setVersion] = useState(0);
  const analysis = pageId === undefined || source === undefined ? undefined : analysisOf(pageId, source);
  const shown = useRef(analysis);
  useEffect(() => {
    shown.current = analysis;
  });
  useEffect(() => {
    if (pageId === undefined) return;
    const changed = () => startTransition(() => setVersion((v) => v + 1));
    const stop = analyses.subscribe(pageId, changed);
    // Set between this render and the subscription: not missed.
    if (analyses.peek(pageId) !== shown.current) changed();
    return stop;
  }, [pageId]);
  useEffect(() => {
    if (pageId !== undefined && analysis && !analysis.annotations) {
      annotationsOf(pageId, analysis.source).catch((error: unknown) => console.error('Broadsheet: the page could not be annotated', error));
    }
  }, [pageId, analysis]);
  return analysis;
}

function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  // A hidden tab gets no frames: don't wait for one longer than a moment.
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

async function annotate(pageId: string, page: ParsedPage): Promise<PageAnnotations> {
  annotator ??= import('../../core/annotate');
  const { annotatePage } = await annotator;
  // Let the articles paint first: on a large page recognition takes a while, and the marks can
  // arrive a frame later.
  await afterPaint();
  const current = analyses.peek(pageId);
  if (current?.page === page && current.annotations) return current.annotations;
  const annotations = annotatePage(page);
  // Still the entry for this text (not replaced by an edit, nor evicted unwatched): fill it in.
  if (current?.page === page) analyses.set(pageId, { ...current, annotations });
  return annotations;
}
