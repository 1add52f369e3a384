/**
 * Character tables for reading numerals. Lookups are by UTF-16 code unit into typed arrays, so
 * the scanner classifies a character without allocating. Every numeral character is in the BMP.
 */

/** Value of an Arabic digit (ASCII or full-width), or -1. */
export function arabicDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function table(entries: Record<string, number>): Float64Array {
  const t = new Float64Array(0x10000).fill(-1);
  for (const [chars, value] of Object.entries(entries)) for (const ch of chars) t[ch.charCodeAt(0)] = value;
  return t;
}

/** Everyday Chinese digits. 兩/两/倆 count as 2 but never appear in a digit-by-digit string. */
const DIGITS = table({ '〇零': 0, 一: 1, '二兩两倆': 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 });
/** Financial capitals (壹貳參…). Read by parseChineseNumber only: 陸, 伍, 拾 are common words. */
const FORMAL_DIGITS = table({ 壹: 1, '貳贰': 2, '參叁叄参': 3, 肆: 4, 伍: 5, '陸陆': 6, 柒: 7, 捌: 8, 玖: 9 });
const SMALL = table({ 十: 10, 百: 100, 千: 1000 });
const FORMAL_SMALL = table({ 拾: 10, 佰: 100, 仟: 1000 });
const LARGE = table({ '萬万': 1e4, '億亿': 1e8, 兆: 1e12 });

/** Chinese digit value (0–9) or -1. */
export function chineseDigit(c: number, formal: boolean): number {
  const d = DIGITS[c] ?? -1;
  return d >= 0 || !formal ? d : (FORMAL_DIGITS[c] ?? -1);
}

/** 十 百 千 (and 拾 佰 仟 when formal) → 10, 100, 1000; otherwise -1. */
export function smallMagnitude(c: number, formal: boolean): number {
  const m = SMALL[c] ?? -1;
  return m >= 0 || !formal ? m : (FORMAL_SMALL[c] ?? -1);
}

/** 萬/万 億/亿 兆 → 1e4, 1e8, 1e12; otherwise -1. */
export function largeMagnitude(c: number): number {
  return LARGE[c] ?? -1;
}

const TWO = new Set(['兩', '两', '倆'].map((s) => s.charCodeAt(0)));
/** 兩/两/倆: a two that is a quantity, never a digit read one by one. */
export function isLiang(c: number): boolean {
  return TWO.has(c);
}

/** 零/〇. */
export function isZero(c: number): boolean {
  return c === 0x96f6 || c === 0x3007;
}

/** 點/点, the decimal point of a Chinese numeral. */
export function isChinesePoint(c: number): boolean {
  return c === 0x9ede || c === 0x70b9;
}

/** . ． ﹒: the decimal point of an Arabic numeral. */
export function isDecimalPoint(c: number): boolean {
  return c === 0x2e || c === 0xff0e || c === 0xfe52;
}

/** , ，: a thousands separator when exactly three digits follow. */
export function isThousandsSeparator(c: number): boolean {
  return c === 0x2c || c === 0xff0c;
}

/** 多 餘 余 幾 几: "and some" inside a numeral (3000多億, 十餘萬, 二十幾萬). */
export function isFiller(c: number): boolean {
  return c === 0x591a || c === 0x9918 || c === 0x4f59 || c === 0x5e7e || c === 0x51e0;
}

/** Characters at which a number can begin in running text (plus 半 for 半成). */
export const NUMBER_START: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (arabicDigit(c) >= 0 || chineseDigit(c, false) >= 0 || smallMagnitude(c, false) >= 0 || largeMagnitude(c) >= 0) t[c] = 1;
  }
  t['半'.charCodeAt(0)] = 1;
  return t;
})();
