import type { FigureFact, Measure } from '../facts/fact';
import type { Both } from '../facts/words';
import { labelItems } from '../figures/items';
import { SUM_TOLERANCE } from './cited';
import type { ChartKind } from './chart';
import { both, type ChartText } from './chart-text';
import { factPoints, onAxis, unitKey, type Cited, type FactPoint } from './cited';
import { dateStart } from './fact-dates';
import { AND, COLON, EXPECTED_ADJ, LIST, measureTitle, ROLE_WORDS, subjectTitle, titlePeriod } from './titles';

/** Measures whose values mean the same across subjects (a price or a level does not: 512元 vs 88元). */
const ACROSS: ReadonlySet<Measure> = new Set([
  'change-percent', 'probability', 'rate', 'yield', 'market-cap', 'valuation', 'revenue', 'profit', 'turnover', 'flow',
]);
const MOVES: ReadonlySet<Measure> = new Set(['change', 'change-percent']);

export interface Built {
  readonly kind: ChartKind;
  readonly points: readonly FactPoint[];
  readonly title: ChartText;
  readonly roles?: true;
}

/**
 * An article's figures, as an editor would draw them: the parts of a stated whole; one subject's
 * actual, expected and prior values; one subject and measure at several dates; one measure across
 * subjects, sorted. Every chart has at least two points; what is left is the article's key
 * figures, with the moves the text gives beside them.
 */
export function buildCharts(cited: readonly Cited[]): { charts: Built[]; keys: FactPoint[]; moves: Map<FactPoint, FactPoint[]> } {
  const points = factPoints(cited);
  const used = new Set<FactPoint>();
  const charts: Built[] = [];
  const free = () => points.filter((p) => !used.has(p) && p.main.fact.subject !== 'unknown');
  const take = (b: Built) => {
    for (const p of b.points) used.add(p);
    charts.push(b);
  };
  for (const group of groupBy(free(), (p) => `${subjectMeasure(p)}|${p.main.fact.date}|${p.main.fact.role}`)) {
    const parts = partsOf(group);
    if (parts) take(parts);
  }
  for (const group of groupBy(free(), subjectMeasure)) {
    const roles = rolesOf(group);
    if (roles) take(roles);
  }
  for (const group of groupBy(free(), subjectMeasure)) {
    const series = seriesOf(group);
    if (series) take(series);
  }
  const across = free().filter((p) => ACROSS.has(p.main.fact.measure));
  for (const group of groupBy(across, (p) => `${p.main.fact.measure}|${unitKey(p.main.figure)}|${p.main.fact.date}|${p.main.fact.role}`)) {
    for (const part of byKind(group)) {
      const compare = compareOf(part);
      if (compare) take(compare);
    }
  }
  const keys = points.filter((p) => !used.has(p));
  const moves = attachMoves(points, new Set(keys));
  const attached = new Set([...moves.values()].flat());
  return { charts: charts.sort((a, b) => firstAt(a.points) - firstAt(b.points)), keys: keys.filter((p) => !attached.has(p)), moves };
}

const subjectMeasure = (p: FactPoint) => `${p.main.fact.subject}|${p.main.fact.measure}|${unitKey(p.main.figure)}`;
const firstAt = (points: readonly FactPoint[]) => Math.min(...points.map((p) => p.main.figure.span.start));

function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = map.get(k);
    if (list) list.push(t);
    else map.set(k, [t]);
  }
  return [...map.values()];
}

/** How many bars a part draws: a 各 figure one per item it names. */
const itemsOf = (p: FactPoint) => (p.main.figure.each ? Math.max(1, labelItems(p.main.fact.part ?? p.main.figure.label).length) : 1);

/** A whole and at least two parts of it (其中…) that do not add up to more than it. */
function partsOf(group: readonly FactPoint[]): Built | undefined {
  const plain = (p: FactPoint) => p.main.figure.valueTo === undefined && p.main.figure.value > 0 && !p.main.figure.loss;
  const whole = group.find((p) => p.main.fact.part === undefined && !p.main.figure.each && plain(p));
  const parts = group.filter((p) => p.main.fact.part !== undefined && plain(p));
  if (!whole || parts.reduce((n, p) => n + itemsOf(p), 0) < 2) return undefined;
  const sum = parts.reduce((s, p) => s + p.main.figure.value * itemsOf(p), 0);
  if (sum > whole.main.figure.value * (1 + SUM_TOLERANCE)) return undefined;
  const f = whole.main.fact;
  const period = titlePeriod(f.date);
  return {
    kind: 'parts',
    points: [whole, ...parts],
    title: [...subjectTitle(f, period), ...(f.role === 'expected' ? [EXPECTED_ADJ] : []), measureTitle(f.measure, f.subjectKind)],
  };
}

/** One subject's actual value beside what was expected of the same period and the value before. */
function rolesOf(group: readonly FactPoint[]): Built | undefined {
  for (const actual of group.filter((p) => p.main.fact.role === 'actual')) {
    const date = actual.main.fact.date;
    const expected = group.filter((p) => p.main.fact.role === 'expected' && (p.main.fact.date === date || p.main.fact.date === undefined));
    const prior = group.filter((p) => p.main.fact.role === 'prior');
    if (expected.length + prior.length === 0) continue;
    const f = actual.main.fact;
    const said = expected.length > 0 ? [ROLE_WORDS.actual, AND, ROLE_WORDS.expected] : [ROLE_WORDS.actual, AND, ROLE_WORDS.prior];
    return {
      kind: 'compare',
      roles: true,
      points: [actual, ...expected, ...prior],
      title: [...subjectTitle(f, titlePeriod(date)), measureTitle(f.measure, f.subjectKind), COLON, ...said],
    };
  }
  return undefined;
}

/** One subject and measure at two dates or more (each date once), in date order. */
function seriesOf(group: readonly FactPoint[]): Built | undefined {
  const f0 = group[0]!.main.fact;
  // A move is of something (a share price, a revenue): only an economy's growth is one thing over time.
  if (f0.measure === 'other' || (MOVES.has(f0.measure) && f0.subjectKind !== 'economy')) return undefined;
  const byDate = new Map<string, FactPoint>();
  for (const p of group) {
    const d = p.main.fact.date;
    if (d !== undefined && !byDate.has(d)) byDate.set(d, p);
  }
  if (byDate.size < 2) return undefined;
  // ISO dates order as plain strings; `localeCompare` would build an ICU collator (tens of ms, once).
  const points = [...byDate.values()].sort((a, b) => byDateStart(a, b) || a.main.figure.span.start - b.main.figure.span.start);
  const f = points[0]!.main.fact;
  return { kind: 'series', points, title: [...subjectTitle(f), measureTitle(f.measure, f.subjectKind)] };
}

function byDateStart(a: FactPoint, b: FactPoint): number {
  const x = dateStart(a.main.fact.date!);
  const y = dateStart(b.main.fact.date!);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A market report's stocks apart from its indices, when it names at least two of each. */
function byKind(group: readonly FactPoint[]): FactPoint[][] {
  const stocks = group.filter((p) => p.main.fact.subjectKind === 'stock');
  const indices = group.filter((p) => p.main.fact.subjectKind === 'index');
  if (stocks.length < 2 || indices.length < 2) return [[...group]];
  return [stocks, indices, group.filter((p) => !stocks.includes(p) && !indices.includes(p))];
}

/** One measure, one unit, one date and role, across two subjects or more: largest first. */
function compareOf(group: readonly FactPoint[]): Built | undefined {
  const subjects = new Set(group.map((p) => p.main.fact.subject));
  if (subjects.size < 2) return undefined;
  const points = [...group].sort((a, b) => value(b) - value(a) || a.main.figure.span.start - b.main.figure.span.start);
  const f = points[0]!.main.fact;
  return { kind: 'compare', points, title: compareTitle(points, f) };
}

const value = (p: FactPoint) => onAxis(p.main.figure, p.main.figure.value);

/** 港股個股升跌幅; 無着陸與硬着陸機率; 3月21日升跌幅. */
function compareTitle(points: readonly FactPoint[], f: FigureFact): ChartText {
  const facts = points.map((p) => p.main.fact);
  const measure = measureTitle(f.measure, facts.every((x) => x.subjectKind === 'economy') ? 'economy' : 'stock');
  const scope = scopeOf(facts);
  if (scope) return [scope, measure];
  const names = [...new Map(facts.map((x) => [x.subject, x.subjectName])).values()];
  if (names.length <= 3 && names.join('').length <= 10) {
    const listed: ChartText = names.flatMap((n, i) => (i === 0 ? [n] : [i === names.length - 1 ? AND : LIST, n]));
    return [...listed, measure];
  }
  const period = titlePeriod(f.date);
  return period ? [period, measure] : [measure];
}

function scopeOf(facts: readonly FigureFact[]): Both | undefined {
  const markets = new Set(facts.map((x) => (x.subjectKind === 'stock' ? x.subject.split(':')[0] : x.subjectKind)));
  if (markets.size !== 1) return undefined;
  const market = [...markets][0];
  if (market === 'HK') return both('港股個股', '港股个股');
  if (market === 'SH' || market === 'SZ' || market === 'BJ') return both('A股個股', 'A股个股');
  if (market === 'US') return both('美股個股', '美股个股');
  if (market === 'index') return both('指數', '指数');
  return undefined;
}

/**
 * The moves the text gives beside a key figure (收20225點…升4478點，升幅28%; 大跌6.46%，報2.75港元):
 * a change of the same subject and role in the same paragraph goes with the nearest figure before
 * it that is not a move, else the nearest after it, when that figure is a key figure.
 */
function attachMoves(points: readonly FactPoint[], keys: ReadonlySet<FactPoint>): Map<FactPoint, FactPoint[]> {
  const out = new Map<FactPoint, FactPoint[]>();
  const sorted = [...points].sort((a, b) => a.main.figure.span.start - b.main.figure.span.start);
  sorted.forEach((move, i) => {
    const f = move.main.fact;
    if (!MOVES.has(f.measure) || f.subject === 'unknown') return;
    const fits = (p: FactPoint) =>
      !MOVES.has(p.main.fact.measure) && p.main.fact.subject === f.subject && p.main.fact.role === f.role && p.main.figure.blockId === move.main.figure.blockId;
    let host: FactPoint | undefined;
    for (let j = i - 1; j >= 0 && !host; j--) if (fits(sorted[j]!)) host = sorted[j];
    for (let j = i + 1; j < sorted.length && !host; j++) if (fits(sorted[j]!)) host = sorted[j];
    if (!host || !keys.has(host)) return;
    const list = out.get(host);
    if (list) list.push(move);
    else out.set(host, [move]);
  });
  return out;
}

