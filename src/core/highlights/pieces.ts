import type { Span } from '../span';

/** A placed highlight, as the text marks it. */
export interface Placed<C = string> {
  readonly id: string;
  readonly colour: C;
  readonly span: Span;
  /** Where its one Tab stop starts (see `tabStopOf`); none when it lies wholly inside marks. */
  readonly tabAt?: number | undefined;
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

/**
 * The marks as the reader draws them: in order of start (a figure before a stock at the same
 * place), a mark that overlaps the one drawn before it left out.
 */
export function drawnMarks(figures: readonly { span: Span }[], stocks: readonly { span: Span }[]): Span[] {
  const all = [...figures, ...stocks].map((m) => m.span).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of all) if (span.start >= (out.at(-1)?.end ?? -Infinity)) out.push(span);
  return out;
}

/**
 * Where a highlight takes its one Tab stop: at its first character outside every drawn mark (a
 * figure or a stock mark is a control of its own, and a control inside another is one a screen
 * reader cannot tell apart). Undefined when marks cover it wholly: the notebook reaches it then.
 * `marks` as `drawnMarks` gives them.
 *
 * @example
 * tabStopOf({ start: 3, end: 10 }, [{ start: 2, end: 6 }]) // 6
 */
export function tabStopOf(span: Span, marks: readonly Span[]): number | undefined {
  let at = span.start;
  for (const m of marks) {
    if (m.start > at) break;
    if (m.end > at) at = m.end;
  }
  return at < span.end ? at : undefined;
}
