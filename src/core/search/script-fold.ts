import type { ScriptFold } from './docs-and-hits';

/** Where a text may be cut into pieces that a phrase-based converter folds independently. */
const PIECES = /(?<=[。！？，、；：\s])/u;

function foldEach(piece: string, fold: ScriptFold): string {
  let out = '';
  for (const ch of piece) {
    const folded = fold(ch);
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/**
 * Applies a script folder, guaranteeing the result has the text's length in UTF-16 units. The
 * whole text is folded at once (phrase converters do best with context); should the length
 * change anyway, it is folded clause by clause, and a clause that still changes length
 * character by character, a character that does being kept as it was.
 *
 * @example
 * foldPreservingLength('騰訊控股', hk2cn) // '腾讯控股'
 */
export function foldPreservingLength(text: string, fold: ScriptFold): string {
  const whole = fold(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const piece of text.split(PIECES)) {
    const folded = fold(piece);
    out += folded.length === piece.length ? folded : foldEach(piece, fold);
  }
  return out;
}
