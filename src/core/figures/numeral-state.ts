import { chineseDigit, isLiang } from './numeral-chars';
import { isInlineSpace } from '../text/char-classes';
import type { ArabicRun } from './arabic';

/** The kind of the last part read. */
export type Tok = 'none' | 'arabic' | 'digit' | 'string' | 'small' | 'large' | 'zero' | 'filler' | 'point';

/**
 * The accumulator behind readNumeral: a Chinese numeral is read left to right into `total`
 * (everything at or above the last 萬/億), `section` (below it) and `pending` (a digit or an
 * Arabic number waiting for its magnitude).
 */
export interface State {
  /** Everything at or above the last 萬/億/兆. */
  total: number;
  /** Below the last large magnitude: 五千六百 in 四億五千六百. */
  section: number;
  /** A digit or Arabic number waiting for its magnitude. */
  pending: number | null;
  /** The pending number is one Chinese digit straight after a magnitude (一萬三 → 3000). */
  abbreviable: boolean;
  /** The last magnitude applied (for 一萬三: 萬). */
  lastMag: number;
  /** The last of 十/百/千 in this section: the next must be smaller. */
  prevSmall: number;
  /** The largest of 萬/億/兆 applied so far (or their product: 萬億). */
  maxLarge: number;
  /** A 零 since the last magnitude: 五億零六 is 500000006, not 五億六 (560000000). */
  zeroGap: boolean;
  /** A 多/餘/幾 was read. */
  approx: boolean;
  last: Tok;
  /** Parts read. */
  tokens: number;
  /** The first number read (50 in 50億), for the scale of the whole. */
  lead: number;
  /** Integer digits of a plain first number, or of a digit-by-digit string. */
  arabicDigits: number;
  /** Read digit by digit, or an Arabic run with a leading zero: an identifier. */
  digitString: boolean;
  /** Began with a bare 百/千 (百三): not a number unless something follows. */
  bareLead: boolean;
}

/** Spaces that may stand between the parts of a numeral, at most. */
export const MAX_SPACES = 8;

/** The state before anything is read. */
export function newState(): State {
  return {
    total: 0, section: 0, pending: null, abbreviable: false, lastMag: 1, prevSmall: Infinity, maxLarge: 1,
    zeroGap: false, approx: false, last: 'none', tokens: 0, lead: 0, arabicDigits: 0, digitString: false, bareLead: false,
  };
}

/** The value read so far, rid of binary noise from decimal magnitudes (71.84億 → 7184000000). */
export function finish(st: State): number {
  const v = st.total + st.section + pendingValue(st);
  return Number.isSafeInteger(v) ? v : Number(v.toPrecision(15));
}

/** The pending number, as the last digit of 一萬三 (3000) or as itself. */
export function pendingValue(st: State): number {
  if (st.pending === null) return 0;
  return st.abbreviable && !st.zeroGap && st.lastMag >= 100 ? (st.pending * st.lastMag) / 10 : st.pending;
}

/** Takes an Arabic number as the pending number (3000 in 3000億). */
export function acceptArabic(st: State, a: ArabicRun): void {
  st.pending = a.value;
  st.abbreviable = false;
  if (st.tokens === 0) {
    st.lead = a.value;
    st.arabicDigits = a.plain ? a.intDigits : 0;
    st.digitString = a.leadingZero;
  }
  st.last = 'arabic';
  st.tokens++;
}

/**
 * Applies 萬/億/兆 to what precedes it. A larger magnitude than any before multiplies the whole
 * (一萬五千億 → 1.5e12); a smaller one only its own section (五兆六十二億); a bare one right after
 * another multiplies the total (四萬萬, 4.78萬億). False when there is nothing to multiply.
 */
export function applyLarge(st: State, big: number): boolean {
  const v = st.section + (st.pending ?? 0);
  if (st.pending === null && st.section === 0) {
    if (st.total === 0) return false;
    st.total *= big;
    st.maxLarge *= big;
  } else if (big > st.maxLarge) {
    st.total = (st.total + v) * big;
    st.maxLarge = big;
  } else {
    st.total += v * big;
  }
  st.section = 0;
  st.pending = null;
  st.prevSmall = Infinity;
  st.lastMag = big;
  st.zeroGap = false;
  st.last = 'large';
  st.tokens++;
  return true;
}

/** Digits after 點: 十五點七 → 0.7. Spaces may follow the point when `spaced`. */
export function readChineseDecimals(text: string, from: number, formal: boolean, spaced: boolean): { fraction: number; end: number } | undefined {
  let p = from;
  if (spaced) while (p < text.length && p - from < MAX_SPACES && isInlineSpace(text.charCodeAt(p))) p++;
  let digits = 0;
  let places = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    const d = chineseDigit(c, formal);
    if (d < 0 || isLiang(c)) break;
    if (places < 20) {
      digits = digits * 10 + d;
      places++;
    }
    p++;
  }
  return places > 0 ? { fraction: digits / 10 ** places, end: p } : undefined;
}

/** 二五二二九七九六三, 二〇二四: Chinese digits read one by one. */
export function readDigitString(text: string, start: number, st: State, formal: boolean): number {
  let p = start;
  let value = 0;
  let count = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    const d = chineseDigit(c, formal);
    if (d < 0 || isLiang(c)) break;
    value = value * 10 + d;
    count++;
    p++;
  }
  st.total = value;
  st.section = 0;
  st.pending = null;
  st.digitString = true;
  st.arabicDigits = count;
  st.tokens = count;
  st.last = 'string';
  return p;
}
