/**
 * Character classes the page parser decides with. Everything here works on a single code point
 * (a number), so the line scanner never allocates and never runs a regex over a long line.
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

/** A Han ideograph, including the astral extensions where HKSCS characters live. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
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

const TERMINAL = new Set([
  0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x2026, 0x22ef, 0xff1b, 0x3b, 0x300d, 0x300f, 0x201d, 0x2019, 0xff09, 0x29,
  0x3011, 0x3015, 0x300b, 0x3009, 0x2e, 0xff0e, 0xff61, 0xff1a, 0x3a, 0x22, 0x27,
]);

/**
 * A line ending in one of these (。！？…；」』”）) …) is complete. A prose line that ends in
 * anything else was cut by a page break and continues in the next prose line.
 */
export function isTerminal(cp: number): boolean {
  return TERMINAL.has(cp);
}

const OPENERS = new Map<number, number>([
  [0x28, 0], // (
  [0xff08, 0], // （
  [0x5b, 1], // [
  [0xff3b, 1], // ［
  [0x3010, 2], // 【
  [0x3014, 3], // 〔
]);
const CLOSERS = new Map<number, number>([
  [0x29, 0],
  [0xff09, 0],
  [0x5d, 1],
  [0xff3d, 1],
  [0x3011, 2],
  [0x3015, 3],
]);

/** Bracket family of an opening bracket (half- and full-width count as one family), or -1. */
export function openerFamily(cp: number): number {
  return OPENERS.get(cp) ?? -1;
}

/** Bracket family of a closing bracket, or -1. */
export function closerFamily(cp: number): number {
  return CLOSERS.get(cp) ?? -1;
}
