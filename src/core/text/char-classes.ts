/**
 * The character classes every reader of the text decides with: the page parser, figures, stocks.
 * Everything here works on a single code point (a number; a UTF-16 unit is one where only the
 * BMP matters), so a scanner never allocates and never runs a regex over a long line.
 */

/**
 * JavaScript's `\s`: ASCII spaces and controls, NBSP, the Unicode space separators, the line and
 * paragraph separators, U+3000 (the ideographic space newspapers indent with) and the BOM. The
 * lossless invariant is stated in these terms, so the scanner and its checker must agree.
 */
export function isWhitespace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  if (cp < 0xa0) return false;
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** `\n`, `\r`, U+2028 and U+2029 end a line (`\r\n` is handled by the scanner as one break). */
export function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;
}

/**
 * A Han ideograph: the CJK Unified Ideographs and extension A, the compatibility ideographs of the
 * BMP, every code point of the Supplementary and Tertiary Ideographic Planes (2 and 3: extensions
 * B–J and the compatibility supplement, where HKSCS characters live; the planes are reserved for
 * ideographs, so an extension Unicode adds later counts already), and 〇, the ideographic zero.
 * Not 々 (an iteration mark) nor the radicals.
 */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    cp === 0x3007
  );
}

/** A Latin letter or an ASCII digit: the only places a rejoined line needs a space between. */
export function isLatinAlnum(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7)
  );
}

/**
 * Display width in "ideograph units": CJK and full-width forms count 1, everything else ½, so
 * `DeepSeek牽動AI產業價值重估` and a Latin headline of the same printed length measure alike.
 */
export function widthOf(cp: number): number {
  if (cp < 0x1100) return 0.5;
  if (
    isHan(cp) ||
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3040 && cp <= 0x33ff) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  ) {
    return 1;
  }
  return 0.5;
}

/** Space, tab, NBSP or the ideographic space: what may stand inside a line between two words. */
export function isInlineSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0;
}

/** An ASCII letter (model names, codes: GPT-4, 5G, R1). */
export function isAsciiLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

/** A Latin letter, half- or full-width (Ａ–Ｚ, ａ–ｚ). */
export function isLetterAnyWidth(cp: number): boolean {
  return isAsciiLetter(cp) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);
}

/** A digit, half- or full-width (０–９). */
export function isDigitAnyWidth(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19);
}

/** An inline space, `\n` or `\r`: what may stand between a name and the code after it. */
export function isSpaceOrNewline(cp: number): boolean {
  return isInlineSpace(cp) || cp === 0x0a || cp === 0x0d;
}
