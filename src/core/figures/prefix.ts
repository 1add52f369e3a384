import type { Qualifier } from './figure';
import { arabicDigit } from './numeral-chars';
import { isAsciiLetter } from '../text/char-classes';
import { currencyBefore, type WrittenCurrency } from './currency';
import { qualifierBefore } from './qualifiers';

/** What is written before a numeral: 約為人民幣-122億元 → about, CNY, minus. */
export interface Prefix {
  /** UTF-16 index where the prefix begins (the numeral's own start when there is none). */
  start: number;
  sign: 1 | -1;
  currency?: WrittenCurrency;
  qualifier?: Qualifier;
}

/** A minus sign: -, －, −, 負/负. A hyphen between letters or digits (GPT-4, 109-115) is not one. */
function signBefore(text: string, i: number, floor: number): { sign: 1 | -1; start: number } | undefined {
  if (i - 1 < floor) return undefined;
  const c = text.charAt(i - 1);
  if (c === '負' || c === '负') return text.charAt(i - 2) === '正' ? undefined : { sign: -1, start: i - 1 };
  if (c === '-' || c === '－' || c === '−' || c === '+' || c === '＋') {
    const before = text.charCodeAt(i - 2);
    if (i - 2 >= 0 && (isAsciiLetter(before) || arabicDigit(before) >= 0)) return undefined;
    return { sign: c === '+' || c === '＋' ? 1 : -1, start: i - 1 };
  }
  return undefined;
}

/**
 * Reads backwards from the numeral at `i`, never before `floor`: a sign, a currency (US$, RMB,
 * 人民幣, with up to two spaces) and a qualifier (約, 逾, 接近 …), in either order of sign and
 * currency (-US$5, 人民幣-122億).
 */
export function readPrefix(text: string, i: number, floor: number): Prefix {
  let start = i;
  let sign: 1 | -1 = 1;
  let currency: WrittenCurrency | undefined;
  const s1 = signBefore(text, start, floor);
  if (s1) ({ sign, start } = s1);
  const cur = currencyBefore(text, start, floor);
  if (cur) {
    currency = cur.currency;
    start = cur.start;
    if (!s1) {
      const s2 = signBefore(text, start, floor);
      if (s2) ({ sign, start } = s2);
    }
  }
  const q = qualifierBefore(text, start, floor);
  if (q) start = q.start;
  return { start, sign, ...(currency ? { currency } : {}), ...(q ? { qualifier: q.qualifier } : {}) };
}
