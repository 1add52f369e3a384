import type { Figure, FigureUnit } from './figure';
import { labelItems } from './items';

/**
 * A chart of figures that belong together. Never two units in one group. `partOfWhole`: the
 * parts add up to the stated `total`; `timeline`: one subject at several dates; `bars`: the rest.
 */
export interface ChartGroup {
  unit: FigureUnit;
  kind: 'bars' | 'partOfWhole' | 'timeline';
  /** The figures are moves (升40美元), never mixed with levels. */
  moves?: true;
  title: string;
  figures: Figure[];
  total?: Figure;
}


/** Parts must follow (or precede) their total within this many figures of the same unit. */
const PART_REACH = 8;
/** Relative tolerance for parts adding up to a total (rounded parts). */
export const SUM_TOLERANCE = 0.005;
/** Bars further apart than this factor go on separate charts (a price and a valuation). */
const BAR_SPREAD = 1000;

/**
 * Groups figures for charting: by unit (and per-unit, and measure word for counts), moves
 * (升40美元) apart from levels (2800美元); within a
 * unit, parts that add up to a stated total (an `each` figure counts once per item the clause
 * names, and appears once per item), then one subject's figures at several dates (undated ones
 * last: "now"; not for counts, whose subjects are too loose: 基金 holds, 基金 bought), then bars of similar size. A figure repeating one already charted (the same
 * amount of the same subject) is left out. Groups come in the order of their first figure.
 */
export function chartGroups(figures: readonly Figure[]): ChartGroup[] {
  const groups: ChartGroup[] = [];
  for (const bucket of buckets(figures)) {
    const used = new Set<Figure>();
    const found = [...partsOfWholes(bucket, used)];
    for (const f of bucket) if (!used.has(f) && bucket.some((g) => used.has(g) && repeats(f, g))) used.add(f);
    found.push(...timelines(bucket, used), ...bars(bucket.filter((f) => !used.has(f))));
    groups.push(...(movesApart(bucket[0]!) ? found.map((g) => ({ ...g, moves: true as const })) : found));
  }
  const first = (g: ChartGroup) => Math.min(...g.figures.map((f) => f.span.start), g.total?.span.start ?? Infinity);
  return groups.sort((a, b) => first(a) - first(b));
}

/**
 * Whether a figure goes on a chart of moves: an amount, points or a count that rose or fell
 * (升40美元 is not a price). A rate stays with the other rates whether it 升, 跌 or stands
 * (經濟增長2.3%，預期2.6%; 跌2.27% beside 持股3.91%): a fall is drawn below zero on its chart.
 */
function movesApart(f: Figure): boolean {
  return f.move !== undefined && f.unit !== 'percent' && f.unit !== 'percentagePoints';
}

function buckets(figures: readonly Figure[]): Figure[][] {
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.unit}|${f.perUnit ?? ''}|${f.unit === 'count' ? (f.measureWord ?? '') : ''}|${movesApart(f) ? 'move' : ''}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return [...byKey.values()];
}

function itemCount(f: Figure): number {
  return f.each ? Math.max(1, labelItems(f.label).length) : 1;
}

/** An `each` figure once per item, labelled with its item. */
function expand(f: Figure): Figure[] {
  if (!f.each) return [f];
  const items = labelItems(f.label);
  return items.length > 1 ? items.map((label) => ({ ...f, label })) : [f];
}

function partsOfWholes(bucket: readonly Figure[], used: Set<Figure>): ChartGroup[] {
  const out: ChartGroup[] = [];
  for (let i = 0; i < bucket.length; i++) {
    const total = bucket[i]!;
    if (used.has(total) || total.valueTo !== undefined || total.each || total.value <= 0) continue;
    const parts = partsAround(bucket, i, 1, used) ?? partsAround(bucket, i, -1, used);
    if (!parts) continue;
    used.add(total);
    for (const p of parts) used.add(p);
    out.push({ unit: total.unit, kind: 'partOfWhole', title: total.label, figures: parts.flatMap(expand), total });
  }
  return out;
}

/** Figures right after (step 1) or before (step -1) bucket[i] that add up to it, or undefined. */
function partsAround(bucket: readonly Figure[], i: number, step: 1 | -1, used: Set<Figure>): Figure[] | undefined {
  const total = bucket[i]!.value;
  const parts: Figure[] = [];
  let sum = 0;
  let items = 0;
  for (let j = i + step; j >= 0 && j < bucket.length && Math.abs(j - i) <= PART_REACH; j += step) {
    const f = bucket[j]!;
    if (used.has(f) || f.valueTo !== undefined || f.value <= 0 || f.value >= total) return undefined;
    const n = itemCount(f);
    sum += f.value * n;
    items += n;
    parts.push(f);
    if (Math.abs(sum - total) <= total * SUM_TOLERANCE) return items >= 2 ? (step === 1 ? parts : parts.reverse()) : undefined;
    if (sum > total) return undefined;
  }
  return undefined;
}

/** A longer label names the same subject when it only adds a short owner in front (公司估值 / 估值). */
const OWNER_MAX = 2;

/** Whether two labels name the same subject (ChatGPT收入 is not 收入; 公司估值 is 估值). */
function sameSubject(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.endsWith(short) && [...long].length - [...short].length <= OWNER_MAX;
}

function repeats(f: Figure, g: Figure): boolean {
  return f.value === g.value && f.valueTo === g.valueTo && f.qualifier === g.qualifier && sameSubject(f.label, g.label);
}

function timelines(bucket: readonly Figure[], used: Set<Figure>): ChartGroup[] {
  const out: ChartGroup[] = [];
  for (const seed of bucket) {
    if (used.has(seed) || seed.date === undefined || seed.unit === 'count') continue;
    const members = bucket.filter((f) => !used.has(f) && sameSubject(f.label, seed.label));
    if (members.length < 2) continue;
    for (const m of members) used.add(m);
    const dated = members.filter((f) => f.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const undated = members.filter((f) => f.date === undefined);
    const title = members.reduce((t, f) => (f.label.length < t.length ? f.label : t), seed.label);
    out.push({ unit: seed.unit, kind: 'timeline', title, figures: [...dated, ...undated] });
  }
  return out;
}

function bars(rest: readonly Figure[]): ChartGroup[] {
  if (rest.length === 0) return [];
  const sorted = [...rest].sort((a, b) => Math.abs(a.value) - Math.abs(b.value));
  const clusters: Set<Figure>[] = [new Set([sorted[0]!])];
  for (let k = 1; k < sorted.length; k++) {
    const prev = Math.abs(sorted[k - 1]!.value);
    const cur = Math.abs(sorted[k]!.value);
    if (prev > 0 ? cur / prev > BAR_SPREAD : cur > 1) clusters.push(new Set());
    clusters.at(-1)!.add(sorted[k]!);
  }
  return clusters.map((c) => {
    const figures = rest.filter((f) => c.has(f));
    const labels = new Set(figures.map((f) => f.label));
    const only = labels.size === 1 ? [...labels][0] : undefined;
    const unit = figures[0]!.unit;
    const fallback = unit === 'count' ? (figures[0]!.measureWord ?? '') : '';
    return { unit, kind: 'bars' as const, title: only || fallback, figures };
  });
}
