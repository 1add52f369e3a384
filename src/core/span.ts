/**
 * Offsets are the common currency: a block, a figure, a stock mention, a search hit and a chart
 * point all point at the same half-open span of the page's source text, whichever script is on
 * screen. Offsets count Unicode code points (not UTF-16 units), so an astral HKSCS character
 * counts as one; `src/core/text/code-points.ts` converts both ways.
 */
export interface Span {
  /** First code point, inclusive. */
  readonly start: number;
  /** One past the last code point. */
  readonly end: number;
}

/**
 * The items (sorted by span start) that fall wholly inside a span: an article's figures, a
 * block's stock mentions. Binary search to the first candidate, then a short scan.
 */
export function within<T extends { readonly span: Span }>(items: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.span.start <= span.end; i++) {
    if (items[i]!.span.end <= span.end) out.push(items[i]!);
  }
  return out;
}
