import { create } from 'zustand';
import type { PageAnnotations } from '../../core/annotate';
import { parsePage } from '../../core/page';
import { detectScript, type Script } from '../../core/script/detect-script';
import type { ParsedPage } from '../../core/page/parsed-page';

/**
 * What a page's source yields, derived and cached, never stored: the parse (at once, it is
 * small and fast) and the annotations (figures and stocks, from a lazily loaded chunk so first
 * paint doesn't wait for them). One entry per source text.
 */
export interface Analysis {
  readonly page: ParsedPage;
  readonly sourceScript: Script;
  /** Undefined until the annotation chunk has loaded and run. */
  readonly annotations: PageAnnotations | undefined;
}

const EMPTY_ANNOTATIONS: PageAnnotations = { figures: [], stocks: [] };
export { EMPTY_ANNOTATIONS };

const cache = new Map<string, { page: ParsedPage; sourceScript: Script }>();
const annotated = new Map<string, PageAnnotations>();
let annotator: Promise<typeof import('../../core/annotate')> | undefined;

/** Bumped when annotations arrive, so views re-render. */
export const useAnalysisVersion = create<{ version: number }>()(() => ({ version: 0 }));

export function analyse(source: string): Analysis {
  let entry = cache.get(source);
  if (!entry) {
    entry = { page: parsePage(source), sourceScript: detectScript(source) };
    if (cache.size >= 16) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      annotated.delete(oldest);
    }
    cache.set(source, entry);
  }
  const annotations = annotated.get(source);
  if (!annotations) void annotate(source, entry.page);
  return { ...entry, annotations };
}

/** Annotates now (awaiting the chunk), for code that needs every page's marks (watchlist, search). */
export async function annotationsOf(source: string): Promise<PageAnnotations> {
  const { page } = analyse(source);
  return annotate(source, page);
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

async function annotate(source: string, page: ParsedPage): Promise<PageAnnotations> {
  const done = annotated.get(source);
  if (done) return done;
  annotator ??= import('../../core/annotate');
  const { annotatePage } = await annotator;
  // Let the articles paint first: on a large page recognition takes a while, and the marks can
  // arrive a frame later.
  await afterPaint();
  const result = annotated.get(source) ?? annotatePage(page);
  if (!annotated.has(source)) {
    annotated.set(source, result);
    useAnalysisVersion.setState((s) => ({ version: s.version + 1 }));
  }
  return result;
}
