import type { Span } from '../span';
import { codePointMap, sliceCodePoints } from '../text/code-points';

/** The four colours a highlight can take (named by meaning-free hue, so a reader gives them theirs). */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** How many code points of context a quote keeps on either side (W3C TextQuoteSelector's prefix and suffix). */
export const CONTEXT = 32;

/**
 * Where a highlight is, said twice over (as the W3C Web Annotation selectors do), both in the
 * page's ORIGINAL text (never a converted copy): the code-point offsets (TextPositionSelector)
 * and the quoted text with the context either side (TextQuoteSelector). The offsets find it fast;
 * the quote checks them and finds it again when the text has moved.
 */
export interface HighlightSelector {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A highlight the reader made: a fact, kept as made. Where it is now is derived (`anchor`). */
export interface Highlight {
  readonly id: string;
  readonly pageId: string;
  readonly colour: HighlightColour;
  readonly note: string;
  readonly selector: HighlightSelector;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly editedAt: number;
}

/**
 * The selectors for a span of a text: its offsets, its characters and up to `CONTEXT` code
 * points either side.
 *
 * @example
 * describeSpan('恒指收市報20,000點', { start: 5, end: 11 }) // { start: 5, end: 11, exact: '20,000', prefix: '恒指收市報', suffix: '點' }
 */
export function describeSpan(text: string, span: Span): HighlightSelector {
  const map = codePointMap(text);
  const start = Math.max(0, Math.min(span.start, map.length));
  const end = Math.max(start, Math.min(span.end, map.length));
  return {
    start,
    end,
    exact: sliceCodePoints(text, map, start, end),
    prefix: sliceCodePoints(text, map, Math.max(0, start - CONTEXT), start),
    suffix: sliceCodePoints(text, map, end, Math.min(map.length, end + CONTEXT)),
  };
}

/** A new highlight's id: short, route-safe (`h` + base 36), unique enough within one library. */
export function newHighlightId(now: number, random: () => number = Math.random): string {
  return `h${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/**
 * A selected span without the whitespace at its ends (a selection dragged to a line's end takes
 * the line break); undefined when nothing but whitespace is left.
 *
 * @example
 * trimSpan('甲 乙\n', { start: 1, end: 4 }) // { start: 2, end: 3 }
 */
export function trimSpan(text: string, span: Span): Span | undefined {
  const chars = [...text];
  let { start, end } = span;
  start = Math.max(0, start);
  end = Math.min(chars.length, end);
  while (start < end && /\s/u.test(chars[start]!)) start++;
  while (end > start && /\s/u.test(chars[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
