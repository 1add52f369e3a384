import { sentenceSpans } from '../charts/sentences';
import type { Span } from '../span';
import { findStockMentions } from '../stocks';
import { codePointMap, sliceCodePoints } from '../text/code-points';
import { foldWidth } from '../text/width-fold';

/**
 * Read aloud's text: what a paragraph is cut into and what each piece says. Chrome stops an
 * utterance that runs much past 15 seconds, so a paragraph is spoken a sentence at a time, and a
 * long sentence a clause at a time. Pure: the reader maps the spans back to the words on screen.
 */

/** One utterance: its code-point span in the paragraph's text, and the words the voice is given. */
export interface SpokenPiece {
  readonly span: Span;
  readonly speak: string;
}

/** About ten seconds of speech at a newsreader's pace: longer sentences are cut at a clause. */
export const MAX_PIECE = 80;

/** Where a long sentence may be cut: after a clause's comma, an enumeration comma or a colon. */
const CLAUSE_ENDS = new Set(['，', '、', '：', ',', ':']);

const DIGITS = '零一二三四五六七八九';

/**
 * The utterances of a paragraph, in order: its sentences (see `sentenceSpans`), each over
 * `max` code points cut after the last clause mark that keeps a piece within `max` (or at `max`
 * where there is none). Blank pieces are left out; the spans cover every other character once.
 *
 * @example
 * spokenPieces('騰訊 (00700) 收報512元。恒指升2.3%。').map((p) => p.speak)
 * // ['騰訊 (零零七零零) 收報512元。', '恒指升2.3%。']
 */
export function spokenPieces(text: string, max = MAX_PIECE): SpokenPiece[] {
  const map = codePointMap(text);
  const codes = findStockMentions(text).flatMap((m) => (m.codeSpan && m.stock.market !== 'US' ? [m.codeSpan] : []));
  const out: SpokenPiece[] = [];
  for (const sentence of sentenceSpans(text)) {
    for (const span of cutLong(text, map, sentence, max, codes)) {
      const piece = sliceCodePoints(text, map, span.start, span.end);
      if (piece.trim() === '') continue;
      out.push({ span, speak: speakable(piece, codes.flatMap((c) => shifted(c, span))) });
    }
  }
  return out;
}

/** A sentence cut into pieces of at most `max` code points, never inside a stock code. */
function cutLong(text: string, map: ReturnType<typeof codePointMap>, sentence: Span, max: number, codes: readonly Span[]): Span[] {
  const chars = [...sliceCodePoints(text, map, sentence.start, sentence.end)];
  const pieces: Span[] = [];
  let start = 0;
  while (chars.length - start > max) {
    let cut = -1;
    for (let i = start + max; i > start; i--) {
      if (CLAUSE_ENDS.has(chars[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut === -1) cut = start + max;
    const at = sentence.start + cut;
    const inside = codes.find((c) => c.start < at && at < c.end);
    if (inside) cut = inside.end - sentence.start;
    pieces.push({ start: sentence.start + start, end: sentence.start + cut });
    start = cut;
  }
  pieces.push({ start: sentence.start + start, end: sentence.end });
  return pieces;
}

/** A code's span relative to a piece, if the code lies wholly in it. */
function shifted(code: Span, piece: Span): Span[] {
  return code.start >= piece.start && code.end <= piece.end ? [{ start: code.start - piece.start, end: code.end - piece.start }] : [];
}

/**
 * The words a voice is given for a piece of text: stock codes (`codes`, code-point spans in
 * `text`) digit by digit in Chinese numerals, as a reader says them (`00700` → 零零七零零,
 * `0700.HK` → 零七零零 HK); every other number as a number, with its thousands separators
 * dropped (`20,225` → 20225) and full-width digits folded (`２５２００` → 25200).
 */
export function speakable(text: string, codes: readonly Span[] = []): string {
  const chars = [...text];
  const inCode = (i: number) => codes.some((c) => c.start <= i && i < c.end);
  let out = '';
  chars.forEach((ch, i) => {
    const folded = foldWidth(ch);
    if (inCode(i)) {
      if (/[0-9]/.test(folded)) out += DIGITS[Number(folded)];
      else out += folded === '.' ? ' ' : folded;
      return;
    }
    // A thousands separator between digits is not a pause.
    if (folded === ',' && ch !== '，' && /[0-9]/.test(foldWidth(chars[i - 1] ?? '')) && /^[0-9]{3}(?![0-9])/.test(foldWidth(chars.slice(i + 1, i + 5).join('')))) return;
    out += /[0-9.%]/.test(folded) ? folded : ch;
  });
  return out;
}
