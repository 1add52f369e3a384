import type { Span } from '../span';

/** A placed highlight, as the text marks it. */
export interface Placed<C = string> {
  readonly id: string;
  readonly colour: C;
  readonly span: Span;
}

/** A stretch of text, and the highlight marking it (the one made last, where several overlap). */
export interface Piece<C = string> {
  readonly span: Span;
  readonly highlight: Placed<C> | undefined;
}

/**
 * Cuts a span of the page into pieces at every highlight boundary: the text between two cuts is
 * marked by one highlight or none. The reader renders the pieces of a figure's or a stock's text
 * inside its mark, and those of plain text beside them, so a highlight crossing a figure is drawn
 * as several `<mark>` segments and the figure stays one element. Where highlights overlap, the
 * later in `placed` (the newest) shows. Empty pieces are never made.
 *
 * @example
 * highlightPieces({ start: 0, end: 10 }, [{ id: 'h1', colour: 'yellow', span: { start: 2, end: 5 } }])
 * // [{ span: {0,2}, highlight: undefined }, { span: {2,5}, highlight: h1 }, { span: {5,10}, highlight: undefined }]
 */
export function highlightPieces<C>(range: Span, placed: readonly Placed<C>[]): Piece<C>[] {
  const inside = placed.filter((h) => h.span.start < range.end && h.span.end > range.start && h.span.end > h.span.start);
  if (inside.length === 0) return range.end > range.start ? [{ span: range, highlight: undefined }] : [];
  const cuts = new Set([range.start, range.end]);
  for (const h of inside) {
    cuts.add(Math.max(range.start, h.span.start));
    cuts.add(Math.min(range.end, h.span.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece<C>[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    let top: Placed<C> | undefined;
    for (const h of inside) if (h.span.start <= start && h.span.end >= end) top = h;
    const last = out.at(-1);
    if (last && last.highlight === top) out[out.length - 1] = { span: { start: last.span.start, end }, highlight: top };
    else out.push({ span: { start, end }, highlight: top });
  }
  return out;
}
