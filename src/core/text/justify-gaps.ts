/**
 * How far justification spread a paragraph's Han characters, from where each character stands.
 * A justified Chinese line takes its slack in the gaps between ideographs. When the next word
 * cannot come up (a number, a code in brackets, a short Latin word: none of them may split) and
 * the line has few ideographs, each gap grows to half a character or more (`吉  祥  航  空`).
 * The reader sets such a paragraph ragged instead (features/reader/useLooseParagraphs).
 */

/** One character as laid out: its text and the left edge and vertical middle of its box, in px. */
export interface PlacedChar {
  c: string;
  left: number;
  middle: number;
}

/** The widest gap (in ems) the reader lets justification open between two Han characters. */
export const LOOSE_GAP = 0.35;

const HAN = /\p{Script=Han}/u;

/** The characters grouped into lines, in order: a character half an em below the last starts one. */
export function linesOf(chars: readonly PlacedChar[], em: number): PlacedChar[][] {
  const lines: PlacedChar[][] = [];
  let middle = Number.NaN;
  for (const ch of chars) {
    const line = lines.at(-1);
    if (line && Math.abs(ch.middle - middle) < em / 2) line.push(ch);
    else {
      lines.push([ch]);
      middle = ch.middle;
    }
  }
  return lines;
}

/**
 * The widest gap between two Han characters side by side on any line but the paragraph's last
 * (which is never justified), in ems beyond the character and its tracking (`tracking`, in ems).
 */
export function widestGap(chars: readonly PlacedChar[], em: number, tracking: number): number {
  let widest = 0;
  for (const line of linesOf(chars, em).slice(0, -1)) {
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      if (!HAN.test(a.c) || !HAN.test(b.c)) continue;
      widest = Math.max(widest, (b.left - a.left) / em - 1 - tracking);
    }
  }
  return widest;
}

/** Whether a justified paragraph laid out so is too loose to stay justified. */
export const isLoose = (chars: readonly PlacedChar[], em: number, tracking: number): boolean => widestGap(chars, em, tracking) > LOOSE_GAP;
