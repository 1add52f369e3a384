import { ok, refuse, type Result } from '../result';
import type { Span } from '../span';
import { codePointMap, type CodePointMap } from '../text/code-points';
import type { HighlightSelector } from './highlight';

/** How a highlight was found: at its own offsets, or by its quote and context elsewhere. */
export interface Anchored {
  readonly span: Span;
  readonly via: 'position' | 'quote';
}

/**
 * Why a highlight could not be placed: its quote (with its context) is nowhere in the text, or it
 * is in several places and none is at the highlight's offsets. Either way it is shown orphaned,
 * never attached to a look-alike.
 */
export type Orphaned = 'missing' | 'ambiguous';

/**
 * Finds a highlight in a text (the page's original, possibly re-decoded or edited since):
 *
 * 1. at its offsets, when the quote and both sides of its context are there;
 * 2. else where the quote with its whole context occurs, if it occurs exactly once;
 * 3. else orphaned: nothing is attached to a passage that merely looks the same.
 *
 * @example
 * const sel = describeSpan('甲升2%。乙升2%。', { start: 1, end: 4 });
 * anchor('甲升2%。乙升2%。', sel) // ok({ span: { start: 1, end: 4 }, via: 'position' })
 * anchor('新聞：甲升2%。乙升2%。', sel) // ok({ span: { start: 4, end: 7 }, via: 'quote' })
 * anchor('乙升2%。', sel) // refuse('missing')
 */
export function anchor(text: string, selector: HighlightSelector, map: CodePointMap = codePointMap(text)): Result<Anchored, Orphaned> {
  const { exact, prefix, suffix } = selector;
  if (exact === '') return refuse('missing');
  const at = map.toUnit(selector.start);
  if (selector.start < map.length && matchesAt(text, at, selector)) {
    return ok({ span: { start: selector.start, end: map.toCodePoint(at + exact.length) }, via: 'position' });
  }
  const whole = prefix + exact + suffix;
  const first = text.indexOf(whole);
  if (first < 0) return refuse('missing');
  if (text.indexOf(whole, first + 1) >= 0) return refuse('ambiguous');
  const startUnit = first + prefix.length;
  const start = map.toCodePoint(startUnit);
  return ok({ span: { start, end: map.toCodePoint(startUnit + exact.length) }, via: 'quote' });
}

/** Whether the quote and its context lie at UTF-16 offset `at` of the text. */
function matchesAt(text: string, at: number, { exact, prefix, suffix }: HighlightSelector): boolean {
  return (
    at - prefix.length >= 0 &&
    text.startsWith(exact, at) &&
    text.startsWith(prefix, at - prefix.length) &&
    text.startsWith(suffix, at + exact.length)
  );
}
