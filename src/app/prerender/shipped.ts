import type { PageAnnotations } from '../../core/annotate';
import type { Article, ParsedPage } from '../../core/page/parsed-page';
import type { Script } from '../../core/script/detect-script';

/** The element of the first response that carries the default page's annotations. */
export const ANALYSIS_ELEMENT_ID = 'broadsheet-analysis';

/**
 * What the build derived of the default page besides its markup, for the text whose fingerprint
 * it names: its articles (the parse, less the text itself and the page's list of blocks, which is
 * the articles' own, concatenated), its figures and stocks, and the script it is written in.
 * About 2.7 kB gzipped: the first response stays within the first round trip of a slow link
 * (about 14 kB).
 */
export interface Shipped {
  readonly fingerprint: string;
  readonly articles: readonly Article[];
  readonly sourceScript: Script;
  readonly annotations: PageAnnotations;
}

/** The analysis of `source` the phone reads back: nothing parsed or annotated there. */
export interface ShippedAnalysis {
  readonly page: ParsedPage;
  readonly sourceScript: Script;
  readonly annotations: PageAnnotations;
}

/** A text's length and FNV-1a hash of its UTF-16 code units: which text an analysis was made of. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * The analysis as the first response carries it: data, not script (it needs no CSP source, and
 * never runs), with every `<` escaped so that no text of the page can close the element.
 */
export function analysisElement({ page, sourceScript, annotations }: ShippedAnalysis): string {
  const shipped: Shipped = { fingerprint: fingerprint(page.source), articles: page.articles, sourceScript, annotations };
  return `<script type="application/json" id="${ANALYSIS_ELEMENT_ID}">${JSON.stringify(shipped).replace(/</g, '\\u003c')}</script>`;
}

/** What that element's text says of `source`: nothing if it is absent, unreadable, or made of another text. */
export function readShipped(text: string | null | undefined, source: string): ShippedAnalysis | undefined {
  if (!text) return undefined;
  try {
    const { fingerprint: of, articles, sourceScript, annotations } = JSON.parse(text) as Shipped;
    if (of !== fingerprint(source)) return undefined;
    return { page: { source, blocks: articles.flatMap((a) => a.blocks), articles }, sourceScript, annotations };
  } catch {
    return undefined;
  }
}
