import { arabicDigit, chineseDigit, isChinesePoint, isDecimalPoint, isFiller, isLiang, isZero, largeMagnitude, smallMagnitude } from './numeral-chars';
import { isInlineSpace } from '../text/char-classes';
import { readArabic } from './arabic';
import {
  acceptArabic,
  applyLarge,
  finish,
  MAX_SPACES,
  newState,
  pendingValue,
  readChineseDecimals,
  readDigitString,
  type State,
  type Tok,
} from './numeral-state';

/** How permissive the reader is. Running text uses none of these; parseChineseNumber uses all. */
export interface NumeralOptions {
  /** Financial capitals 壹貳參…拾佰仟. */
  formal?: boolean;
  /** Whitespace between any two parts (but two Arabic runs): 一百 五 十 二. */
  looseSpaces?: boolean;
  /** A bare leading 百/千 means one hundred/thousand: 百三, 千三, 百分之百. */
  bareLeading?: boolean;
}

/** One numeral read from the text. Indices are UTF-16 units. */
export interface Numeral {
  end: number;
  value: number;
  /** The upper end of an approximate range written with neighbouring digits: 五六百 → 600. */
  valueTo?: number;
  /** A 多/餘/幾 was read inside: the quantity is more than `value`. */
  approx: boolean;
  /** Power of ten the first number is scaled by (50億 → 1e8), for the first half of 3至5億. */
  scale: number;
  /** Digits read one by one (二五二二九, 二〇二四) or an Arabic run with a leading zero (09988). */
  digitString: boolean;
  /** A single Chinese digit with no magnitude (一, 兩): too common in words to stand alone. */
  loneDigit: boolean;
  /** Digits when the numeral is one plain integer (2024, 二〇二四 → 4), else 0. */
  intDigits: number;
}

/**
 * Reads the numeral starting at `start` (Arabic, Chinese or mixed: 3000億, 2.3萬億, 兩萬,
 * 一千零五, 五六百, 十多萬). Returns undefined when no numeral starts there.
 */
export function readNumeral(text: string, start: number, opts: NumeralOptions = {}): Numeral | undefined {
  const st = newState();
  const run = runFrom(text, start, st, opts, true);
  if (st.tokens === 0 || (st.tokens === 1 && st.bareLead)) return undefined;
  const value = finish(st);
  // Too long to be a quantity (a run of digits): read it whole, as an identifier.
  if (!Number.isFinite(value)) st.digitString = true;
  const valueTo = run.fork ? finish(run.fork) : undefined;
  return {
    end: run.end,
    value,
    ...(valueTo !== undefined && Number.isFinite(valueTo) ? { valueTo } : {}),
    approx: st.approx,
    scale: st.lead > 0 && value >= st.lead ? 10 ** Math.floor(Math.log10(value / st.lead) + 1e-9) : 1,
    digitString: st.digitString,
    loneDigit: st.tokens === 1 && st.last === 'digit',
    intDigits: st.last === 'string' || (st.tokens === 1 && st.last === 'arabic') ? st.arabicDigits : 0,
  };
}

function runFrom(text: string, start: number, st: State, opts: NumeralOptions, allowFork: boolean): { end: number; fork?: State } {
  const formal = opts.formal === true;
  let p = start;
  let end = start;
  if (start < text.length && isDecimalPoint(text.charCodeAt(start)) && arabicDigit(text.charCodeAt(start + 1)) >= 0) {
    const a = readArabic(text, start);
    if (a) return acceptArabic(st, a), { end: a.end };
  }
  while (p < text.length) {
    let q = p;
    while (q < text.length && q - p < MAX_SPACES && isInlineSpace(text.charCodeAt(q))) q++;
    const c = text.charCodeAt(q);
    if (q > p && !spaceAllowed(st.last, c, opts)) break;
    const ad = arabicDigit(c);
    if (ad >= 0) {
      if (st.pending !== null || !(st.last === 'none' || st.last === 'zero' || st.last === 'small' || st.last === 'large')) break;
      const a = readArabic(text, q);
      if (!a) break;
      acceptArabic(st, a);
      p = end = a.end;
      continue;
    }
    const d = chineseDigit(c, formal);
    if (d >= 0) {
      if (isZero(c) && st.last !== 'none' && st.pending === null) {
        if (st.last !== 'small' && st.last !== 'large' && st.last !== 'zero') break;
        st.zeroGap = true;
        st.last = 'zero';
        p = end = q + 1;
        continue;
      }
      if (st.pending !== null) {
        if (st.last === 'digit' && allowFork && d === st.pending + 1 && chineseDigit(text.charCodeAt(q + 1), formal) < 0) {
          const b: State = { ...st, pending: d };
          const ra = runFrom(text, q + 1, st, opts, false);
          runFrom(text, q + 1, b, opts, false);
          return { end: ra.end, fork: b };
        }
        const first = st.tokens === 1 && (st.last === 'digit' || st.last === 'zero');
        if (!first || isLiang(c) || isLiang(text.charCodeAt(start))) break;
        return { end: readDigitString(text, start, st, formal) };
      }
      st.pending = d;
      st.abbreviable = st.last === 'small' || st.last === 'large';
      st.last = isZero(c) ? 'zero' : 'digit';
      if (st.tokens === 0) st.lead = d;
      st.tokens++;
      p = end = q + 1;
      continue;
    }
    const m = smallMagnitude(c, formal);
    if (m > 0) {
      if (m >= st.prevSmall) break;
      let mult = st.pending;
      if (mult === null || (mult === 0 && st.last === 'zero')) {
        const implicit =
          (st.last === 'none' && (m === 10 || opts.bareLeading === true || largeMagnitude(text.charCodeAt(q + 1)) > 0)) ||
          (st.last === 'zero' && m === 10);
        if (!implicit) break;
        mult = 1;
        if (st.tokens === 0) {
          st.lead = 1;
          st.bareLead = m !== 10;
        }
      }
      st.section += mult * m;
      st.pending = null;
      st.prevSmall = m;
      st.lastMag = m;
      st.zeroGap = false;
      st.last = 'small';
      st.tokens++;
      p = end = q + 1;
      continue;
    }
    const big = largeMagnitude(c);
    if (big > 0) {
      if (st.last === 'none') {
        if (!(largeMagnitude(text.charCodeAt(q + 1)) > big)) break;
        st.pending = 1;
        st.lead = 1;
      }
      if (!applyLarge(st, big)) break;
      p = end = q + 1;
      continue;
    }
    if (isChinesePoint(c) && (st.last === 'digit' || st.last === 'small' || st.last === 'large' || st.last === 'zero')) {
      const after = readChineseDecimals(text, q + 1, formal, opts.looseSpaces === true || st.last === 'digit' || q > p);
      if (!after) break;
      st.section = st.section + pendingValue(st) + after.fraction;
      st.pending = null;
      st.prevSmall = 0;
      st.last = 'point';
      st.tokens++;
      p = end = after.end;
      continue;
    }
    if (isFiller(c) && !st.approx && (st.last === 'arabic' || st.last === 'small' || st.last === 'large' || st.last === 'zero')) {
      let r = q + 1;
      while (r < text.length && r - q <= MAX_SPACES && isInlineSpace(text.charCodeAt(r))) r++;
      if (chineseDigit(text.charCodeAt(r), formal) >= 0 || arabicDigit(text.charCodeAt(r)) >= 0) break;
      st.approx = true;
      st.last = 'filler';
      p = end = q + 1;
      continue;
    }
    break;
  }
  return { end };
}

function spaceAllowed(last: Tok, next: number, opts: NumeralOptions): boolean {
  if (last === 'none') return false;
  if (opts.looseSpaces === true) return !(last === 'arabic' && arabicDigit(next) >= 0);
  const magnitudeNext = smallMagnitude(next, false) > 0 || largeMagnitude(next) > 0 || isFiller(next);
  return (last === 'arabic' && magnitudeNext) || (last === 'digit' && isChinesePoint(next));
}

