/**
 * How far justification spread a paragraph's Han characters. A justified Chinese line takes its
 * slack in the gaps after its ideographs, the same gap after each. When the next word cannot come
 * up (a number, a code in brackets, a short Latin word: none of them may split) and the line has
 * few ideographs, each gap grows to half a character or more (`吉  祥  航  空`). The reader sets
 * such a paragraph ragged instead (features/reader/useLooseParagraphs).
 *
 * Measuring every character of an article costs tens of milliseconds (a Range's box each); as each
 * line's Han gaps are equal, one pair of Han characters side by side a line is enough. These are
 * the pure parts: where a text's lines begin, given where its characters stand, and which pair to
 * measure.
 */

/** The widest gap (in ems) the reader lets justification open between two Han characters. */
export const LOOSE_GAP = 0.35;

const HAN = /\p{Script=Han}/u;

/**
 * Where each of a text's line pieces begins (offsets into it, the first 0), given the vertical
 * middle of each piece in order and of the character at an offset (`middleAt`, undefined where
 * it has no box): a binary search a piece, since the characters run in line order.
 */
export function pieceStarts(pieceMiddles: readonly number[], middleAt: (offset: number) => number | undefined, length: number, em: number): number[] {
  const starts = [0];
  for (let p = 1; p < pieceMiddles.length; p++) {
    const below = pieceMiddles[p]! - em / 2;
    let lo = starts[p - 1]! + 1;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // A character without a box (a collapsed space) counts as on the earlier line.
      if ((middleAt(mid) ?? -Infinity) >= below) hi = mid;
      else lo = mid + 1;
    }
    starts.push(lo);
  }
  return starts;
}

/** The offset of the first of two Han characters side by side in `text` from `from` to `to`, or -1. */
export function hanPair(text: string, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) if (HAN.test(text[i]!) && HAN.test(text[i + 1]!)) return i;
  return -1;
}

/** A line's gap between two Han characters (in ems), with the line's vertical middle. */
export interface LineGap {
  middle: number;
  gap: number;
}

/**
 * The widest gap on any line but the paragraph's last (never justified), whose middle is
 * `lastMiddle`: a line half an em above it or more.
 */
export function widestGap(gaps: readonly LineGap[], lastMiddle: number, em: number): number {
  let widest = 0;
  for (const { middle, gap } of gaps) if (middle < lastMiddle - em / 2) widest = Math.max(widest, gap);
  return widest;
}

/**
 * The gap after a Han character whose box starts at `left` and the next's at `next` (px), in ems
 * beyond the character and its tracking (`tracking`, in ems).
 */
export const gapAfter = (left: number, next: number, em: number, tracking: number): number => (next - left) / em - 1 - tracking;

/** Whether a justified paragraph with this widest gap is too loose to stay justified. */
export const isLoose = (widest: number): boolean => widest > LOOSE_GAP;
