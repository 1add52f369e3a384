/**
 * Punctuation the page parser decides with: what ends a line for good, and which brackets pair.
 * Everything works on a single code point, so the line scanner never allocates.
 */

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
