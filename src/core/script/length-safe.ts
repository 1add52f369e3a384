import { codePointLength } from '../text/code-points';

/**
 * A conversion that never changes a text's length in code points, so offsets stay valid. (Its
 * UTF-16 length may change: a few mappings swap a BMP character for an astral one.)
 */
export type Convert = (text: string) => string;

/** Whitespace, punctuation and symbols: places where no OpenCC phrase spans across. */
const BREAK = /([\s\p{P}\p{S}]+)/u;

/**
 * Wraps a converter so that its output always has the input's code-point length: figure and
 * stock offsets are computed once on the original and must land on the same characters in
 * either script. OpenCC's hk2s/s2hk tables are one-to-one today, but a table update (or a
 * phrase table like Taiwan's) could map 2 characters to 3.
 *
 * When the whole text comes back a different length, each clause (split at whitespace and
 * punctuation) is converted alone, so phrase context survives wherever it can; a clause that
 * still changes length falls back to character-by-character conversion, and a character whose
 * conversion changes length is kept as written.
 *
 * @example
 * lengthSafe((s) => s.replace('A', 'BB'))('xA') // 'xA' (the odd conversion is refused)
 */
export function lengthSafe(convert: (text: string) => string): Convert {
  const exact = (text: string): string | undefined => {
    const out = convert(text);
    return out === text || codePointLength(out) === codePointLength(text) ? out : undefined;
  };
  const byChar = (text: string): string => {
    let out = '';
    for (const ch of text) out += exact(ch) ?? ch;
    return out;
  };
  return (text) => {
    const whole = exact(text);
    if (whole !== undefined) return whole;
    return text
      .split(BREAK)
      .map((piece) => (piece === '' ? '' : (exact(piece) ?? byChar(piece))))
      .join('');
  };
}
