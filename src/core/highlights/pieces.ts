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

/** A mark as drawn: the mark, and the part of it drawn (cut to the text drawn). */
export interface Drawn<T> {
  mark: T;
  span: Span;
}

/**
 * The marks (figures, stock mentions) as the reader draws them in the text `within` (all of it
 * by default): in order of start, the earlier given first of two at the same place (a figure
 * before a stock), each cut to `within`; a mark that starts inside the one drawn before it is
 * left out. The one rule for both the text (a line's marks) and a highlight's Tab stop.
 *
 * @example
 * drawnMarks([{ span: { start: 2, end: 6 } }, { span: { start: 4, end: 9 } }]).map((d) => d.span) // [{ start: 2, end: 6 }]
 */
export function drawnMarks<T extends { span: Span }>(marks: readonly T[], within?: Span): Drawn<T>[] {
  const from = within?.start ?? -Infinity;
  const to = within?.end ?? Infinity;
  const inside = marks.filter((m) => m.span.start < to && m.span.end > from).sort((a, b) => a.span.start - b.span.start);
  const out: Drawn<T>[] = [];
  let cursor = from;
  for (const mark of inside) {
    const start = Math.max(mark.span.start, from);
    if (start < cursor) continue;
    const end = Math.min(mark.span.end, to);
    out.push({ mark, span: { start, end } });
    cursor = end;
  }
  return out;
}

/**
 * Where a highlight takes its one Tab stop: at its first character outside every drawn mark (a
 * figure or a stock mark is a control of its own, and a control inside another is one a screen
 * reader cannot tell apart). Undefined when marks cover it wholly: the notebook reaches it then.
 * `marks` are the spans `drawnMarks` gives.
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
