import { arabicDigit, isDecimalPoint } from './numeral-chars';
import { readNumeral, type Numeral } from './numeral';
import { wordSet, skipSpaces, wordAt, charIn } from './words';

/** A date or time read after a numeral: never a figure; `iso` when it names a calendar date. */
export interface DateRead {
  end: number;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; absent for a month or day without a year, or a time. */
  iso?: string;
}

const YEAR_TAILS = wordSet(['財年', '财年', '年度', '年']);
/** 年初, 年中, 年底 …: still that year. */
const IN_YEAR = '初中末底內内';
const DAY_WORDS = wordSet(['日', '號', '号']);
/** Durations and times of day: 三年, 3小時, 七天, 45歲 … */
const TIME_WORDS = wordSet(['年', '時', '时', '小時', '小时', '分鐘', '分钟', '秒', '天', '週', '周', '星期', '歲', '岁', '季', '世紀', '世纪']);

/**
 * The date or time a numeral starts (2024年10月, 2029財年, 1月20日, 31日, 2024-10-31, 10:30,
 * 三年), or undefined when it is none.
 */
export function readDate(text: string, n: Numeral): DateRead | undefined {
  const p = skipSpaces(text, n.end, 2);
  const v = n.value;
  const whole = Number.isInteger(v) && n.valueTo === undefined && !n.approx;
  if (whole && n.intDigits === 4 && v >= 1900 && v <= 2100) {
    const tail = wordAt(text, p, YEAR_TAILS);
    if (tail === '年') return afterYear(text, p + 1, v);
    if (tail !== undefined) return { end: p + tail.length, iso: String(v) };
    const iso = isoDate(text, n.end, v);
    if (iso) return iso;
  }
  if (whole && v >= 1 && v <= 12 && text.charAt(p) === '月') {
    const md = monthDay(text, p + 1);
    return { end: md.end };
  }
  if (whole && v >= 1 && v <= 31 && wordAt(text, p, DAY_WORDS) !== undefined) return { end: p + 1 };
  const clock = timeOfDayEnd(text, n);
  if (clock !== undefined) return { end: clock };
  const t = wordAt(text, p, TIME_WORDS);
  return t === undefined ? undefined : { end: p + t.length };
}

function afterYear(text: string, p: number, year: number): DateRead {
  if (charIn(IN_YEAR, text, p)) return { end: p + 1, iso: String(year) };
  const q = skipSpaces(text, p, 2);
  const m = readNumeral(text, q);
  if (m && Number.isInteger(m.value) && m.value >= 1 && m.value <= 12 && text.charAt(skipSpaces(text, m.end, 2)) === '月') {
    const md = monthDay(text, skipSpaces(text, m.end, 2) + 1);
    const month = `${year}-${pad(m.value)}`;
    return { end: md.end, iso: md.day === undefined ? month : `${month}-${pad(md.day)}` };
  }
  return { end: p, iso: String(year) };
}

function monthDay(text: string, p: number): { end: number; day?: number } {
  if (charIn(IN_YEAR, text, p) || text.charAt(p) === '份') return { end: p + 1 };
  const q = skipSpaces(text, p, 2);
  const d = readNumeral(text, q);
  if (d && Number.isInteger(d.value) && d.value >= 1 && d.value <= 31) {
    const r = skipSpaces(text, d.end, 2);
    if (wordAt(text, r, DAY_WORDS) !== undefined) return { end: r + 1, day: d.value };
  }
  return { end: p };
}

/** 2024-10-31, 2024/10. */
function isoDate(text: string, p: number, year: number): DateRead | undefined {
  const sep = text.charAt(p);
  if (sep !== '-' && sep !== '/') return undefined;
  const month = smallInt(text, p + 1);
  if (!month || month.value < 1 || month.value > 12) return undefined;
  const iso = `${year}-${pad(month.value)}`;
  if (text.charAt(month.end) === sep) {
    const day = smallInt(text, month.end + 1);
    if (day && day.value >= 1 && day.value <= 31) return { end: day.end, iso: `${iso}-${pad(day.value)}` };
  }
  return { end: month.end, iso };
}

function smallInt(text: string, p: number): { value: number; end: number } | undefined {
  const a = arabicDigit(text.charCodeAt(p));
  if (a < 0) return undefined;
  const b = arabicDigit(text.charCodeAt(p + 1));
  if (b >= 0 && (arabicDigit(text.charCodeAt(p + 2)) >= 0 || isDecimalPoint(text.charCodeAt(p + 2)))) return undefined;
  return b >= 0 ? { value: a * 10 + b, end: p + 2 } : { value: a, end: p + 1 };
}

/**
 * The end of a time of day the numeral starts (10:35, 09:40, ０９：４０, 14:05:30), or undefined:
 * hours up to 24, written with or without a leading zero, then a colon and two digits of minutes
 * (and perhaps of seconds). A live blog's times are never figures, nor their minutes (09:40 美元).
 */
export function timeOfDayEnd(text: string, n: Numeral): number | undefined {
  if (!Number.isInteger(n.value) || n.value > 24 || n.valueTo !== undefined || n.approx) return undefined;
  if (arabicDigit(text.charCodeAt(n.end - 1)) < 0 || !isColon(text.charAt(n.end)) || !twoDigits(text, n.end + 1)) return undefined;
  const end = n.end + 3;
  if (arabicDigit(text.charCodeAt(end)) >= 0) return undefined;
  return isColon(text.charAt(end)) && twoDigits(text, end + 1) && arabicDigit(text.charCodeAt(end + 3)) < 0 ? end + 3 : end;
}

const isColon = (c: string) => c === ':' || c === '：';

function twoDigits(text: string, p: number): boolean {
  return arabicDigit(text.charCodeAt(p)) >= 0 && arabicDigit(text.charCodeAt(p + 1)) >= 0;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
