import { isSpaceOrNewline } from '../text/char-classes';
import { readNumeral } from './numeral';

const MINUS = new Set(['-', '－', '−', '負', '负']);
const PLUS = new Set(['+', '＋']);

/**
 * The value of a whole string that is one number, or undefined. Reads Arabic digits (with
 * thousands separators and decimals, ASCII or full-width), Chinese numerals (兩/两, 〇/零,
 * 十 百 千 萬/万 億/亿 萬億 兆, financial capitals 壹貳…), mixtures (2.3萬億, 3萬4000),
 * 點 decimals (十五點七), a leading sign (-, 負) and spaces between parts (一百 五 十 二).
 * 多/餘/幾 read as the round figure before them (十多萬 → 100000); a range (五六百) is not one
 * number. Digit-by-digit strings read positionally (二〇二四 → 2024).
 *
 * @example
 * parseChineseNumber('2.3萬億') // 2300000000000
 * parseChineseNumber('一千零五') // 1005
 * parseChineseNumber('萬') // undefined
 */
export function parseChineseNumber(s: string): number | undefined {
  let i = 0;
  let end = s.length;
  while (i < end && isSpaceOrNewline(s.charCodeAt(i))) i++;
  while (end > i && isSpaceOrNewline(s.charCodeAt(end - 1))) end--;
  let sign = 1;
  const first = s.charAt(i);
  if (MINUS.has(first)) sign = -1;
  if (MINUS.has(first) || PLUS.has(first)) i++;
  const text = s.slice(0, end);
  const n = readNumeral(text, i, { formal: true, looseSpaces: true, bareLeading: true });
  if (!n || n.end !== end || n.valueTo !== undefined || !Number.isFinite(n.value)) return undefined;
  return sign * n.value + 0;
}
