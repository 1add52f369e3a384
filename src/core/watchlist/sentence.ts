import { codePointMap, type CodePointMap } from '../text/code-points';
import type { Span } from '../span';

/** The sentence a mention sits in, cut from the page source. */
export interface Sentence {
  /** The sentence's text (source script), possibly clipped around the mention. */
  readonly text: string;
  /** Where `text` lies in the source, in code points. */
  readonly span: Span;
  /** The mention within `text`, in code points from the start of `text`. */
  readonly mark: Span;
  /** Whether text was cut off before or after (the UI shows an ellipsis). */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
}

const ENDS = new Set(['。', '！', '？', '!', '?', '\n', '\r']);
/** Closing marks that belong to the sentence they follow: `……。」` ends after the bracket. */
const CLOSERS = new Set(['」', '』', '”', '’', '）', ')', '】', '》']);
const SPACE = /\s/;

/**
 * The sentence around a span: back to just after the previous 。！？ or line end, forward to and
 * including the next 。！？ (and any closing bracket after it) or up to the line end; surrounding
 * whitespace trimmed. A sentence longer than `max` code points is clipped to a window around
 * the mention. Offsets are code points; pass the page's `map` when cutting many sentences.
 *
 * @example
 * sentenceAround('甲。乙買入騰訊（00700）。丙', { start: 5, end: 14 }).text // '乙買入騰訊（00700）。'
 */
export function sentenceAround(source: string, span: Span, max = 120, map: CodePointMap = codePointMap(source)): Sentence {
  const total = map.length;
  let start = Math.max(0, Math.min(span.start, total));
  let end = Math.max(start, Math.min(span.end, total));
  const at = (i: number) => source.slice(map.toUnit(i), map.toUnit(i + 1));
  while (start > 0 && !ENDS.has(at(start - 1)) && !(CLOSERS.has(at(start - 1)) && ENDS.has(at(start - 2)))) start--;
  while (end < total && !ENDS.has(at(end))) end++;
  if (end < total && at(end) !== '\n' && at(end) !== '\r') {
    end++;
    while (end < total && CLOSERS.has(at(end))) end++;
  }
  while (start < span.start && SPACE.test(at(start))) start++;
  while (end > span.end && SPACE.test(at(end - 1))) end--;

  let clippedStart = false;
  let clippedEnd = false;
  if (end - start > max) {
    const room = Math.max(0, max - (span.end - span.start));
    const from = Math.max(start, Math.min(span.start - Math.floor(room / 2), end - max));
    clippedStart = from > start;
    clippedEnd = from + max < end;
    start = from;
    end = Math.min(end, Math.max(from + max, span.end));
  }
  return {
    text: source.slice(map.toUnit(start), map.toUnit(end)),
    span: { start, end },
    mark: { start: span.start - start, end: span.end - start },
    clippedStart,
    clippedEnd,
  };
}
