import type { Both } from '../facts/words';

const QUARTERS = ['一', '二', '三', '四'];

/**
 * Where a fact's date starts, as a sortable `YYYY-MM-DD` (a quarter at its first day, an ISO week
 * at its Monday, an interval at its start): a series is drawn in this order.
 *
 * @example
 * dateStart('2024-Q4') // '2024-10-01'
 * dateStart('2024-02-10/2025-01-28') // '2024-02-10'
 */
export function dateStart(date: string): string {
  const first = date.split('/')[0]!;
  let m = /^(\d{4})-Q([1-4])$/.exec(first);
  if (m) return `${m[1]}-${String(Number(m[2]) * 3 - 2).padStart(2, '0')}-01`;
  m = /^(\d{4})-H([12])$/.exec(first);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  m = /^(\d{4})-W(\d{2})$/.exec(first);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(m[2]) - 1) * 7 * 86400000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}$/.test(first)) return `${first}-01-01`;
  if (/^\d{4}-\d{2}$/.test(first)) return `${first}-01`;
  return first;
}

/**
 * A date as a chart's axis or title says it, short: `2024年10月`, `1月27日`, `第四季`, `第5週`;
 * the year is said only with `withYear` (and always for a bare year). An interval says its end.
 */
export function shortDate(date: string, withYear: boolean): Both {
  const last = date.split('/').at(-1)!;
  const y = (year: string) => (withYear ? `${year}年` : '');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(last);
  if (m) return same(`${y(m[1]!)}${Number(m[2])}月${Number(m[3])}日`);
  m = /^(\d{4})-(\d{2})$/.exec(last);
  if (m) return same(`${y(m[1]!)}${Number(m[2])}月`);
  m = /^(\d{4})-Q([1-4])$/.exec(last);
  if (m) return same(`${y(m[1]!)}第${QUARTERS[Number(m[2]) - 1]}季`);
  m = /^(\d{4})-H([12])$/.exec(last);
  if (m) return same(`${y(m[1]!)}${m[2] === '1' ? '上' : '下'}半年`);
  if (/^\d{4}-W\d{2}$/.test(last)) {
    const monday = shortDate(dateStart(last), withYear);
    return { hant: `${monday.hant}當週`, hans: `${monday.hans}当周` };
  }
  m = /^(\d{4})$/.exec(last);
  if (m) return same(`${m[1]}年`);
  return same(last);
}

const same = (s: string): Both => ({ hant: s, hans: s });

/** The year of a date's start. */
export const yearOf = (date: string) => dateStart(date).slice(0, 4);
