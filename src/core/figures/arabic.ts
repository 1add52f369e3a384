import { arabicDigit, isDecimalPoint, isThousandsSeparator } from './numeral-chars';

/** An Arabic numeral: digits (ASCII or full-width), optional thousands separators and decimals. */
export interface ArabicRun {
  value: number;
  /** UTF-16 index after the numeral. */
  end: number;
  /** Integer digits (4 for 2024; 0 for .5). */
  intDigits: number;
  /** 09988, 00700: a code, not a quantity. */
  leadingZero: boolean;
  /** No separators and no decimals. */
  plain: boolean;
}

/**
 * Reads `1,050,000`, `2.75`, `４，５６５`, `.5` at `start`. A separator counts only when exactly
 * three digits follow it (`1, 234` is a list); a point only when a digit follows (`600029.SH`).
 * The value is computed from the digits, without building a string.
 */
export function readArabic(text: string, start: number): ArabicRun | undefined {
  let p = start;
  let int = 0;
  let intDigits = 0;
  let plain = true;
  for (let d = arabicDigit(text.charCodeAt(p)); d >= 0; d = arabicDigit(text.charCodeAt(p))) {
    int = int * 10 + d;
    intDigits++;
    p++;
  }
  const leadingZero = intDigits > 1 && arabicDigit(text.charCodeAt(start)) === 0;
  while (intDigits > 0 && isThousandsSeparator(text.charCodeAt(p)) && threeDigitsAt(text, p + 1)) {
    for (let k = 1; k <= 3; k++) int = int * 10 + arabicDigit(text.charCodeAt(p + k));
    intDigits += 3;
    plain = false;
    p += 4;
  }
  let fraction = 0;
  let places = 0;
  if (isDecimalPoint(text.charCodeAt(p)) && arabicDigit(text.charCodeAt(p + 1)) >= 0) {
    plain = false;
    p++;
    for (let d = arabicDigit(text.charCodeAt(p)); d >= 0; d = arabicDigit(text.charCodeAt(p))) {
      if (places < 20) {
        fraction = fraction * 10 + d;
        places++;
      }
      p++;
    }
  }
  if (intDigits === 0 && places === 0) return undefined;
  const value = places === 0 ? int : (int * 10 ** places + fraction) / 10 ** places;
  return { value, end: p, intDigits, leadingZero, plain };
}

function threeDigitsAt(text: string, p: number): boolean {
  return (
    arabicDigit(text.charCodeAt(p)) >= 0 &&
    arabicDigit(text.charCodeAt(p + 1)) >= 0 &&
    arabicDigit(text.charCodeAt(p + 2)) >= 0 &&
    arabicDigit(text.charCodeAt(p + 3)) < 0
  );
}
