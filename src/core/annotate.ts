import { carriedCurrency, describeFigure, extractFigures, guessYuanCurrency, type DecidedCurrency, type Figure } from './figures';
import { blockSegments } from './page';
import { findStockMentions, type StockMention } from './stocks';
import type { Block, ParsedPage } from './page/parsed-page';

/** A cited figure placed in the page: its span is in page-source code points. */
export interface PageFigure extends Figure {
  readonly id: string;
  readonly blockId: string;
  /** The normalised value in words a reader knows, in each script (`US$3,000億 ≈ US$300bn`). */
  readonly description: { readonly hant: string; readonly hans: string };
}

export interface PageAnnotations {
  /** Sorted by span start. */
  readonly figures: readonly PageFigure[];
  /** Sorted by span start, page-wide (aliases resolved across the whole page). */
  readonly stocks: readonly StockMention[];
}

/**
 * Runs figure extraction block by block (a figure's label comes from its own clause, and a
 * paragraph rejoined across a page break is read as one text) and stock recognition over the
 * whole source (a name and its code may sit on either side of a line break; aliases are
 * page-wide). Every result points back into the source.
 *
 * This module is loaded lazily, after the page's first paint: the articles show at once and the
 * marks arrive a moment later, which keeps the first-paint JavaScript small.
 */
export function annotatePage(page: ParsedPage): PageAnnotations {
  const yuan = guessYuanCurrency(page.source);
  const stocks = findStockMentions(page.source);
  const figures: PageFigure[] = [];
  for (const article of page.articles) {
    // A currency named with 下同 holds for the rest of its article.
    let carried: DecidedCurrency | undefined;
    for (const block of article.blocks) {
      if (block.kind === 'advert') continue;
      const joined = joinBlock(page.source, block);
      const options = { yuan, stocks: joined.mentionsIn(stocks), ...(carried !== undefined ? { carried } : {}) };
      for (const f of extractFigures(joined.text, options)) {
        const span = { start: joined.toSource(f.span.start), end: joined.toSource(f.span.end - 1) + 1 };
        const description = { hant: describeFigure(f, 'hant'), hans: describeFigure(f, 'hans') };
        figures.push({ ...f, span, id: `f${span.start}`, blockId: block.id, description });
      }
      carried = carriedCurrency(joined.text) ?? carried;
    }
  }
  return { figures, stocks };
}

interface JoinedBlock {
  readonly text: string;
  /** Code point in `text` → code point in the page source. */
  toSource(index: number): number;
  /** The stock mentions (sorted, in source code points) that lie in the block, in code points of `text`. */
  mentionsIn(mentions: readonly StockMention[]): StockMention[];
}

function joinBlock(source: string, block: Block): JoinedBlock {
  const segments = blockSegments(source, block);
  const starts: number[] = [];
  let text = '';
  let length = 0;
  for (const seg of segments) {
    text += seg.joiner;
    length += seg.joiner.length;
    starts.push(length);
    text += seg.text;
    length += [...seg.text].length;
  }
  return {
    text,
    toSource(index) {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= index) k++;
      return (segments[k]?.sourceStart ?? block.span.start) + index - (starts[k] ?? 0);
    },
    mentionsIn(mentions) {
      const out: StockMention[] = [];
      for (let i = firstFrom(mentions, block.span.start); i < mentions.length && mentions[i]!.span.start < block.span.end; i++) {
        const m = mentions[i]!;
        const k = segments.findIndex((seg) => m.span.start >= seg.sourceStart && m.span.start < seg.sourceStart + [...seg.text].length);
        if (k < 0) continue;
        const start = starts[k]! + m.span.start - segments[k]!.sourceStart;
        out.push({ ...m, span: { start, end: start + m.span.end - m.span.start } });
      }
      return out;
    },
  };
}

/** The index of the first mention starting at or after `at` (mentions are sorted by start). */
function firstFrom(mentions: readonly StockMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
