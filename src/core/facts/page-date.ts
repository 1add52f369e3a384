/**
 * The page's own date, small enough to load with the app: from its text (a dateline near the
 * top, or a line that is a date and nothing else), else what the reader or the import says.
 */

const D = '[0-9０-９]';
const N = `(?:${D}{1,2}|[〇零一二三四五六七八九十]{1,3})`;
const TOP = new RegExp(`(${D}{4})\\s*年\\s*(${N})\\s*月\\s*(${N})\\s*日|(${D}{4})[-/](${D}{1,2})[-/](${D}{1,2})(?!${D})`, 'u');
const LINE = new RegExp(`(?:^|\\n)[\\s（(]*(${D}{4})\\s*年\\s*(${N})\\s*月\\s*(${N})\\s*日[^\\n]{0,12}(?:\\n|$)`, 'u');

/** The page's date from its own text (`2025年2月1日`, `2025-02-01`), or undefined when it gives none. */
export function pageDateFromText(text: string): string | undefined {
  const m = TOP.exec(text.slice(0, 400)) ?? LINE.exec(text);
  if (!m) return undefined;
  const y = small(m[1] ?? m[4]);
  const mo = small(m[2] ?? m[5]);
  const d = small(m[3] ?? m[6]);
  return isDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
}

/** A UTC day as YYYY-MM-DD from a time in milliseconds. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether `iso` is a calendar day YYYY-MM-DD. */
export function isDayIso(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m !== null && isDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isDay(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const CN: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function small(s: string | undefined): number {
  if (s === undefined) return NaN;
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const ten = ascii.indexOf('十');
  if (ten < 0) return [...ascii].reduce((n, c) => n * 10 + (CN[c] ?? NaN), 0);
  const tens = ten === 0 ? 1 : (CN[ascii.charAt(ten - 1)] ?? NaN);
  const ones = ten === ascii.length - 1 ? 0 : (CN[ascii.charAt(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}
