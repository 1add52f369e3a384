/** Character classes for reading names, on UTF-16 text that may hold astral Han characters. */

/** Whether a code point is a Han ideograph (CJK Unified, extensions A–H, compatibility) or 〇. */
export function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    cp === 0x3007
  );
}

/** Whether a UTF-16 unit is a Latin letter, half- or full-width. */
export function isLatinUnit(unit: number): boolean {
  return (
    (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0xff21 && unit <= 0xff3a) || (unit >= 0xff41 && unit <= 0xff5a)
  );
}

/** Whether a UTF-16 unit is a digit, half- or full-width. */
export function isDigitUnit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19);
}

/** Whether a UTF-16 unit is a space, tab or line break (the ideographic space included). */
export function isSpaceUnit(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x3000 || unit === 0xa0;
}

/**
 * The code point that ends just before `index` and its width in units (2 for a surrogate pair),
 * or undefined at the start of the text.
 */
export function codePointBefore(text: string, index: number): { cp: number; width: number } | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { cp: (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, width: 2 };
  }
  return { cp: low, width: 1 };
}

/** Whether a code point can be part of a company name: Han or a Latin letter. */
export function isNameCodePoint(cp: number): boolean {
  return isHanCodePoint(cp) || isLatinUnit(cp);
}

/** Number of code points in a string. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}
