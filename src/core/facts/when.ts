/**
 * When a figure is about: the time words of its sentence (2024年10月, 第四季, 昨日, 上周五, 龍年 …),
 * resolved against the page's date where they are relative. Pure date arithmetic on UTC days.
 */

/** A time expression in a text: code-unit offsets and what it resolves to for a page date. */
export interface TimeMark {
  readonly start: number;
  readonly end: number;
  /** The resolved date (see FigureFact.date), or undefined when it names no calendar time. */
  readonly iso: string | undefined;
}

const D = '[0-9０-９]';
const CN = '[〇零一二三四五六七八九十兩两]';
const NUM12 = `(?:${D}{1,2}|${CN}{1,3})`;
const DAYCH = '[一二三四五六日天]';
const ZODIAC = '[鼠牛虎兔龍龙蛇馬马羊猴雞鸡狗豬猪]';
const NOW = '最新(?=消息|數據|数据|資料|资料|報告|报告|公布|公佈|一期|統計|统计|[，,。：:])|目前|現時|现时|現階段|现阶段|今日|今天|現在|现在|當前|当前';
const RECENT = '這幾天|这几天|近日|近期|最近|日前|連日|连日|本週|本周|今週|這週|这周|本星期|這星期|这星期';

/**
 * One pass over a text: every alternative is a named group, tried left to right at each place
 * (longest forms first).
 */
const TIME = new RegExp(
  [
    `(?<ymd>(?<![0-9０-９.])(?<ymdY>${D}{4})\\s*年\\s*(?<ymdM>${NUM12})\\s*月\\s*(?<ymdD>${NUM12})\\s*[日號号])`,
    `(?<iso>(?<![0-9０-９.])(?<isoY>${D}{4})[-/.](?<isoM>${D}{1,2})[-/.](?<isoD>${D}{1,2})(?!${D}))`,
    `(?<ym>(?<![0-9０-９.])(?<ymY>${D}{4})\\s*年\\s*(?<ymM>${NUM12})\\s*月[份初中底末]?)`,
    `(?<yq>(?<![0-9０-９.])(?<yqY>${D}{4})\\s*年?\\s*第?(?<yqQ>[一二三四1-4１-４])季度?)`,
    `(?<yh>(?<![0-9０-９.])(?<yhY>${D}{4})\\s*年?\\s*(?<yhH>[上下])半年)`,
    `(?<y>(?<![0-9０-９.])(?<yY>${D}{4})\\s*(?:財年|财年|年度|年[初中末底]?))`,
    `(?<md>(?<mdM>${NUM12})\\s*月\\s*(?<mdD>${NUM12})\\s*[日號号])`,
    `(?<m>(?<mM>${NUM12})\\s*月[份初中底末]?(?![${'0-9０-９'}]))`,
    `(?<d>(?<![${'0-9０-９'}])(?<dD>${D}{1,2})\\s*[日號号])`,
    `(?<q>第(?<qQ>[一二三四1-4１-４])季度?)`,
    `(?<h>(?<hH>[上下])半年)`,
    `(?<rd>昨日|昨天|前日|前天|明日|明天)`,
    `(?<wd>(?<wdRel>本|今|這|这|上|下)?(?<![一二三四五六七八九十兩两0-9０-９每])(?:週|周|星期)(?<wdD>${DAYCH}|初|末))`,
    `(?<w>上週|上周|上星期|下週|下周|下星期)`,
    `(?<rm>本月|今月|上月|上個月|上个月|下月|下個月|下个月)`,
    `(?<ry>今年|本年|去年|上年|前年|明年)`,
    `(?<z>(?<zA>${ZODIAC})年)`,
    `(?<now>${NOW})`,
    `(?<recent>${RECENT})`,
  ].join('|'),
  'uy',
);

/**
 * What a time word's first character must be followed by (so 上 is 上半年, 上週, 上月, 上個月 or
 * 上年, never 上升): a word start followed by anything else skips the pattern.
 */
const SECOND: Readonly<Record<string, string>> = {
  第: '一二三四1234１２３４',
  上: '半週周星月個个年',
  下: '半週周星月個个年',
  昨: '日天',
  前: '日天年',
  明: '日天年',
  本: '週周星月年',
  今: '週周星月年日天',
  這: '週周星幾几',
  这: '週周星幾几',
  週: '一二三四五六日天初末',
  周: '一二三四五六日天初末',
  星: '期',
  去: '年',
  最: '新近',
  目: '前',
  現: '時时階阶在',
  现: '時时階阶在',
  當: '前',
  当: '前',
  近: '日期',
  日: '前',
  連: '日',
  连: '日',
  ...Object.fromEntries([...'龍龙蛇鼠牛虎兔馬马羊猴雞鸡狗豬猪'].map((c) => [c, '年'])),
};
const SECOND_OF = new Map(Object.entries(SECOND).map(([c, next]) => [c.charCodeAt(0), next]));

/** What each UTF-16 unit is to the scan: no start, a start of a time word, a digit, a Chinese numeral. */
const WORD_START = 1;
const DIGIT = 2;
const CN_NUMERAL = 3;
const START = new Uint8Array(0x10000);
for (const c of Object.keys(SECOND)) START[c.charCodeAt(0)] = WORD_START;
for (const c of '0123456789０１２３４５６７８９') START[c.charCodeAt(0)] = DIGIT;
for (const c of '〇零一二三四五六七八九十兩两') START[c.charCodeAt(0)] = CN_NUMERAL;
/** What `\s` matches (with the u flag). */
const SPACE = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') SPACE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;
/** What can follow a run of digits that starts a time expression (after spaces): 2024年, 10月, 3日, 2024-10-01, 2024 Q…. */
const AFTER_DIGITS = new Uint8Array(0x10000);
for (const c of '年月日號号財财第一二三四上下季1234１２３４-/.') AFTER_DIGITS[c.charCodeAt(0)] = 1;
const MONTH = '月'.charCodeAt(0);

/**
 * Whether a time expression may start at the numeral at `i` (a necessary condition, so the
 * pattern is tried only there): a numeral starts one only as a year (four digits, five in
 * 20244季), a month or a day (one or two digits, up to three Chinese numerals) followed, after
 * any spaces, by what such a number takes (年, 月, 日, 季, a date's separator …). Most numerals
 * of a financial page are amounts and prices, and skip the pattern.
 */
function numeralMayStart(text: string, i: number, kind: number): boolean {
  let j = i;
  while (j < text.length && START[text.charCodeAt(j)] === kind) j++;
  let k = j;
  while (k < text.length && SPACE[text.charCodeAt(k)] === 1) k++;
  const next = text.charCodeAt(k);
  return kind === DIGIT ? j - i <= 5 && AFTER_DIGITS[next] === 1 : j - i <= 3 && next === MONTH;
}

/**
 * The page date last read, and what each expression resolved to against it: a page says 近日 or
 * 2024年 many times, and an expression's words alone decide which form it is and what it says.
 */
let resolved: { pageDate: string; day: Day; iso: Map<string, string | undefined> } | undefined;

/** Every time expression in `text`, in order, resolved against `pageDate` (YYYY-MM-DD). */
export function findTimes(text: string, pageDate: string): TimeMark[] {
  if (resolved?.pageDate !== pageDate || resolved.iso.size > 10_000) resolved = { pageDate, day: parseDay(pageDate), iso: new Map() };
  const { day: ref, iso } = resolved;
  const out: TimeMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const kind = START[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === WORD_START ? !SECOND_OF.get(text.charCodeAt(i))!.includes(text.charAt(i + 1)) : !numeralMayStart(text, i, kind)) continue;
    TIME.lastIndex = i;
    const m = TIME.exec(text);
    if (m === null) continue;
    const words = m[0];
    if (!iso.has(words)) iso.set(words, resolve(m.groups ?? {}, ref));
    out.push({ start: i, end: i + words.length, iso: iso.get(words) });
    i += m[0].length - 1;
  }
  return out;
}

type Groups = Record<string, string | undefined>;

function resolve(g: Groups, ref: Day): string | undefined {
  if (g.ymd) return dayIso(num(g.ymdY), num(g.ymdM), num(g.ymdD));
  if (g.iso) return dayIso(num(g.isoY), num(g.isoM), num(g.isoD));
  if (g.ym) return monthIso(num(g.ymY), num(g.ymM));
  if (g.yq) return `${num(g.yqY)}-Q${num(g.yqQ)}`;
  if (g.yh) return `${num(g.yhY)}-H${g.yhH === '上' ? 1 : 2}`;
  if (g.y) return String(num(g.yY));
  if (g.md) {
    const m = num(g.mdM);
    const d = num(g.mdD);
    // A month and day without a year: the page's year, unless that lies well after the page.
    const y = m > ref.m + 1 ? ref.y - 1 : ref.y;
    return dayIso(y, m, d);
  }
  if (g.m) {
    const m = num(g.mM);
    if (m < 1 || m > 12) return undefined;
    return monthIso(m > ref.m + 1 ? ref.y - 1 : ref.y, m);
  }
  if (g.d) {
    const d = num(g.dD);
    if (d < 1 || d > 31) return undefined;
    // A bare day: this month's, or last month's when it is still to come.
    return d <= ref.d + 1 ? dayIso(ref.y, ref.m, d) : toIso(addMonths({ y: ref.y, m: ref.m, d: 1 }, -1, d));
  }
  if (g.q) {
    const q = num(g.qQ);
    const refQ = Math.ceil(ref.m / 3);
    return `${q <= refQ ? ref.y : ref.y - 1}-Q${q}`;
  }
  if (g.h) {
    const h = g.hH === '上' ? 1 : 2;
    return `${h === 2 && ref.m <= 6 ? ref.y - 1 : ref.y}-H${h}`;
  }
  if (g.rd) return toIso(addDays(ref, { 昨日: -1, 昨天: -1, 前日: -2, 前天: -2, 明日: 1, 明天: 1 }[g.rd] ?? 0));
  if (g.wd) {
    const rel = g.wdRel === '上' ? -7 : g.wdRel === '下' ? 7 : 0;
    const monday = addDays(ref, -weekdayIndex(ref) + rel);
    const d = g.wdD!;
    if (d === '初') return toIso(monday);
    if (d === '末') return isoWeek(monday);
    const offset = '一二三四五六'.indexOf(d);
    return toIso(addDays(monday, offset >= 0 ? offset : 6));
  }
  if (g.w) return isoWeek(addDays(ref, g.w.startsWith('上') ? -7 : 7));
  if (g.rm) {
    const delta = g.rm.startsWith('上') ? -1 : g.rm.startsWith('下') ? 1 : 0;
    const t = addMonths(ref, delta, 1);
    return monthIso(t.y, t.m);
  }
  if (g.ry) return String(ref.y + ({ 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 }[g.ry] ?? 0));
  if (g.z) return lunarYear(g.zA!, ref);
  if (g.now) return toIso(ref);
  if (g.recent) return isoWeek(ref);
  return undefined;
}

/** The period before (for a prior value): 2024-Q4 → 2024-Q3, 2025-01 → 2024-12, 2025 → 2024. */
export function previousPeriod(iso: string): string | undefined {
  let m = /^(\d{4})-Q([1-4])$/.exec(iso);
  if (m) return Number(m[2]) === 1 ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  m = /^(\d{4})-H([12])$/.exec(iso);
  if (m) return m[2] === '2' ? `${m[1]}-H1` : `${Number(m[1]) - 1}-H2`;
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) {
    const t = addMonths({ y: Number(m[1]), m: Number(m[2]), d: 1 }, -1, 1);
    return monthIso(t.y, t.m);
  }
  m = /^(\d{4})$/.exec(iso);
  if (m) return String(Number(m[1]) - 1);
  return undefined;
}

// Chinese New Year's day, by Gregorian year (the lunar year that starts in it).
const NEW_YEAR: Readonly<Record<number, string>> = {
  2012: '01-23', 2013: '02-10', 2014: '01-31', 2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16',
  2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29',
  2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03', 2031: '01-23', 2032: '02-11',
  2033: '01-31', 2034: '02-19', 2035: '02-08', 2036: '01-28',
};
const ANIMALS = '鼠牛虎兔龍蛇馬羊猴雞狗豬';
const SIMPLIFIED_ANIMALS: Readonly<Record<string, string>> = { 龙: '龍', 马: '馬', 鸡: '雞', 猪: '豬' };

/** The lunar year of `animal` nearest before the page (or the one it is in): an interval of days. */
function lunarYear(animal: string, ref: Day): string | undefined {
  const index = ANIMALS.indexOf(SIMPLIFIED_ANIMALS[animal] ?? animal);
  if (index < 0) return undefined;
  // 2020 was a rat year; the animal's years are 2020 + index + 12k.
  const refIso = toIso(ref);
  for (let y = ref.y; y >= ref.y - 12; y--) {
    if ((((y - 2020 - index) % 12) + 12) % 12 !== 0) continue;
    const start = NEW_YEAR[y];
    const next = NEW_YEAR[y + 1];
    if (start === undefined || next === undefined) return String(y);
    const from = `${y}-${start}`;
    if (from > refIso) continue;
    return `${from}/${toIso(addDays(parseDay(`${y + 1}-${next}`), -1))}`;
  }
  return undefined;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
}

function toUtc(t: Day): Date {
  return new Date(Date.UTC(t.y, t.m - 1, t.d));
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function addDays(t: Day, days: number): Day {
  const date = toUtc(t);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

function addMonths(t: Day, months: number, day: number): Day {
  const total = t.y * 12 + (t.m - 1) + months;
  return { y: Math.floor(total / 12), m: (total % 12) + 1, d: day };
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(t: Day): number {
  return (toUtc(t).getUTCDay() + 6) % 7;
}

/** The ISO week of a day: YYYY-Www. */
function isoWeek(t: Day): string {
  const thursday = addDays(t, 3 - weekdayIndex(t));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}

function toIso(t: Day): string {
  return `${t.y}-${pad(t.m)}-${pad(t.d)}`;
}

function dayIso(y: number, m: number, d: number): string | undefined {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

function monthIso(y: number, m: number): string | undefined {
  return m >= 1 && m <= 12 ? `${y}-${pad(m)}` : undefined;
}

function valid(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  return fromUtc(toUtc({ y, m, d })).d === d;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const CN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A small number in Arabic (half or full width) or Chinese digits (十二, 二十一, 三十). */
function num(s: string | undefined): number {
  if (s === undefined) return NaN;
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const ten = ascii.indexOf('十');
  if (ten < 0) return [...ascii].reduce((n, c) => n * 10 + (CN_DIGITS[c] ?? NaN), 0);
  const tens = ten === 0 ? 1 : (CN_DIGITS[ascii.charAt(ten - 1)] ?? NaN);
  const ones = ten === ascii.length - 1 ? 0 : (CN_DIGITS[ascii.charAt(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}
