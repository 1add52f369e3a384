/**
 * Where a fact sits on a time axis: its own date when it names a day; a period that holds the
 * page's date, at the page's date (a 2025 close cited on 3 February 2025 is that day's); any
 * other period at its last day (2024年第四季's revenue is as of 31 December 2024); no date of its
 * own, at the page's date.
 *
 * @example
 * placedDay('2024-Q4', '2025-03-01') // '2024-12-31'
 * placedDay('2025', '2025-02-03')    // '2025-02-03'
 * placedDay(null, '2025-02-03')      // '2025-02-03'
 */
export function placedDay(date: string | null, pageDate: string): string {
  if (date === null) return pageDate;
  const range = periodRange(date);
  if (!range) return pageDate;
  const [from, to] = range;
  if (from === to) return from;
  return from <= pageDate && pageDate <= to ? pageDate : to;
}

/** A date or period's first and last day, YYYY-MM-DD; undefined for one it can't read. */
export function periodRange(date: string): readonly [string, string] | undefined {
  const slash = date.indexOf('/');
  if (slash > 0) {
    const a = periodRange(date.slice(0, slash));
    const b = periodRange(date.slice(slash + 1));
    return a && b ? [a[0], b[1]] : undefined;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return [date, date];
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return [`${date}-01`, `${date}-${pad(daysIn(Number(m[1]), Number(m[2])))}`];
  m = /^(\d{4})$/.exec(date);
  if (m) return [`${date}-01-01`, `${date}-12-31`];
  m = /^(\d{4})-Q([1-4])$/.exec(date);
  if (m) return months(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^(\d{4})-H([12])$/.exec(date);
  if (m) return months(Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  m = /^(\d{4})-W(\d{2})$/.exec(date);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return [iso(monday), iso(monday + 6 * DAY)];
  }
  return undefined;
}

const DAY = 86_400_000;

function months(y: number, first: number, last: number): readonly [string, string] {
  return [`${y}-${pad(first)}-01`, `${y}-${pad(last)}-${pad(daysIn(y, last))}`];
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoWeekMonday(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * DAY + (w - 1) * 7 * DAY;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
