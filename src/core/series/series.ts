/**
 * One subject's figures across the library: every fact with the same subject and measure,
 * placed in time, the same fact reprinted by several pages made one point with several sources.
 * Pure; a page's facts are grouped by subject and measure once per page object and the library's
 * groups gathered once per index (`seriesLookup`, which the app calls as each index is published),
 * so a series is a lookup, not a regroup of every fact; a series is made once per index, and kept
 * while the facts it is made of are the same objects (an import elsewhere in the library keeps it).
 */
import type { LevelKind, Measure, Role } from '../facts/fact';
import type { FigureUnit } from '../figures/figure';
import type { Script } from '../script/detect-script';
import type { FigureIndex, IndexedFact, PageFigures } from './figure-index';
import { placedDay } from './placed-date';

/** Where a point was cited. */
export interface PointSource {
  readonly pageId: string;
  readonly pageDate: string;
  readonly articleId: string;
  readonly articleName: string;
  readonly figureId: string;
  /** Code points in the page source. */
  readonly start: number;
  readonly sentence: readonly [number, number];
}

/** A figure of the series, as cited by one or more pages. */
export interface SeriesPoint {
  /** Stable within the series: its line, date and value. */
  readonly id: string;
  /** Which line it is drawn on ({@link SeriesLine.key}). */
  readonly line: string;
  /** Where it sits on the time axis, YYYY-MM-DD (see `placedDay`). */
  readonly day: string;
  /** The figure's own date or period, else its page's date. */
  readonly date: string;
  /** Whether `date` is the figure's own (true) or its page's. */
  readonly ownDate: boolean;
  readonly value: number;
  readonly to?: number;
  /** The value as drawn: below zero for a fall or a loss. */
  readonly signed: number;
  /** The text says it fell or was lost. */
  readonly negative: boolean;
  readonly unit: FigureUnit;
  readonly kind?: LevelKind;
  readonly who?: string;
  readonly role: Role;
  /** The subject's name as the first page citing it writes it, and that page's script. */
  readonly name: string;
  readonly script: Script;
  /** Oldest page first. */
  readonly sources: readonly PointSource[];
}

/**
 * The points of one kind of figure: closes apart from highs, lows and thresholds; expected apart
 * from actual; one unit; and one line per broker or forecaster who set them (target prices).
 */
export interface SeriesLine {
  readonly key: string;
  readonly kind?: LevelKind;
  readonly role: Role;
  readonly unit: FigureUnit;
  /** Who set its figures (`花旗`), as the pages write it. */
  readonly who?: string;
  readonly count: number;
}

export interface Series {
  readonly subject: string;
  readonly measure: Measure;
  /** The subject's name as the pages write it (the most cited spelling), and its script. */
  readonly name: string;
  readonly script: Script;
  readonly lines: readonly SeriesLine[];
  /** Ordered by day, then line, then value. */
  readonly points: readonly SeriesPoint[];
  /** Pages citing at least one of its points. */
  readonly pages: number;
}

type Grouped = ReadonlyMap<string, readonly IndexedFact[]>;
const grouped = new WeakMap<PageFigures, Grouped>();

/** A page's facts by subject and measure, made once per page object. */
function groupsOf(page: PageFigures): Grouped {
  let map = grouped.get(page);
  if (!map) {
    const m = new Map<string, IndexedFact[]>();
    for (const fact of page.facts) {
      const key = seriesKey(fact.subject, fact.measure);
      const list = m.get(key);
      if (list) list.push(fact);
      else m.set(key, [fact]);
    }
    grouped.set(page, (map = m));
  }
  return map;
}

export const seriesKey = (subject: string, measure: string): string => `${subject}\u0000${measure}`;

/** The line a fact is drawn on: its kind, role and unit, and who set it. */
export function lineKey(fact: Pick<IndexedFact, 'kind' | 'role' | 'unit' | 'who'>): string {
  return `${fact.kind ?? 'value'}|${fact.role}|${fact.unit}${fact.who ? `|${fact.who}` : ''}`;
}

/** One page's facts of one series. */
interface Part {
  readonly page: PageFigures;
  readonly facts: readonly IndexedFact[];
}

/** The library's facts by series key, each series' parts in library order. */
type Lookup = ReadonlyMap<string, readonly Part[]>;
const lookups = new WeakMap<FigureIndex, Lookup>();

/**
 * The index's facts grouped by subject and measure, made once per index object (each page's
 * grouping once per page object): every series of it is a lookup from then on.
 */
export function seriesLookup(index: FigureIndex): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    const m = new Map<string, Part[]>();
    for (const page of index.pages) {
      for (const [key, facts] of groupsOf(page)) {
        const parts = m.get(key);
        if (parts) parts.push({ page, facts });
        else m.set(key, [{ page, facts }]);
      }
    }
    lookups.set(index, (lookup = m));
  }
  return lookup;
}

/** Every (page, fact) of the library about `subject` measuring `measure`, in library order. */
export function factsOf(index: FigureIndex, subject: string, measure: string): { page: PageFigures; fact: IndexedFact }[] {
  return factsOfParts(seriesLookup(index).get(seriesKey(subject, measure)) ?? []);
}

/** Each (page, fact) of `parts`, in their order. */
const factsOfParts = (parts: readonly Part[]) => parts.flatMap(({ page, facts }) => facts.map((fact) => ({ page, fact })));

/** Series made, by index and key; and the last one made per key with the parts it was made of. */
const made = new WeakMap<FigureIndex, Map<string, Series>>();
const lastMade = new Map<string, { parts: readonly Part[]; series: Series }>();
/** Keys whose last series is kept across indexes (the series a reader opens and the watchlist's). */
const KEPT = 64;

const sameParts = (a: readonly Part[], b: readonly Part[]) => a.length === b.length && a.every((p, i) => p.page === b[i]!.page && p.facts === b[i]!.facts);

/**
 * The series of `subject`'s `measure` across the library.
 *
 * @example
 * series(index, 'index:HSI', 'level').points.map((p) => [p.day, p.value, p.kind])
 * // [['2025-01-31', 20225, 'close'], ['2025-02-03', 20000, 'threshold'], …]
 */
export function series(index: FigureIndex, subject: string, measure: Measure): Series {
  const key = seriesKey(subject, measure);
  let mine = made.get(index);
  const known = mine?.get(key);
  if (known) return known;
  const parts = seriesLookup(index).get(key) ?? [];
  const last = lastMade.get(key);
  const result = last && sameParts(last.parts, parts) ? last.series : seriesOfParts(parts, subject, measure);
  if (!mine) made.set(index, (mine = new Map()));
  mine.set(key, result);
  lastMade.delete(key);
  lastMade.set(key, { parts, series: result });
  if (lastMade.size > KEPT) lastMade.delete(lastMade.keys().next().value!);
  return result;
}

function seriesOfParts(parts: readonly Part[], subject: string, measure: Measure): Series {
  const byId = new Map<string, { point: Omit<SeriesPoint, 'sources'>; sources: PointSource[] }>();
  const names = new Map<string, { count: number; script: Script }>();
  const pages = new Set(parts.map((p) => p.page.pageId));
  for (const { page, fact } of factsOfParts(parts)) {
    const day = placedDay(fact.date, page.pageDate);
    const date = fact.date ?? page.pageDate;
    const line = lineKey(fact);
    const id = [line, date, fact.value, fact.to ?? '', fact.negative ? '-' : '+', fact.who ?? ''].join('|');
    const source: PointSource = {
      pageId: page.pageId,
      pageDate: page.pageDate,
      articleId: fact.articleId,
      articleName: page.articles[fact.articleId] ?? '',
      figureId: fact.figureId,
      start: fact.start,
      sentence: fact.sentence,
    };
    if (fact.name) {
      const n = names.get(fact.name) ?? { count: 0, script: page.script };
      n.count++;
      names.set(fact.name, n);
    }
    const known = byId.get(id);
    if (known) {
      known.sources.push(source);
      continue;
    }
    byId.set(id, {
      point: {
        id,
        line,
        day,
        date,
        ownDate: fact.date !== null,
        value: fact.value,
        ...(fact.to !== undefined ? { to: fact.to } : {}),
        signed: fact.negative ? -fact.value : fact.value,
        negative: fact.negative === true,
        unit: fact.unit,
        ...(fact.kind ? { kind: fact.kind } : {}),
        ...(fact.who ? { who: fact.who } : {}),
        role: fact.role,
        name: fact.name,
        script: page.script,
      },
      sources: [source],
    });
  }
  const points: SeriesPoint[] = [...byId.values()].map(({ point, sources }) => ({
    ...point,
    sources: sources.sort((a, b) => cmp(a.pageDate, b.pageDate) || a.start - b.start),
  }));
  points.sort((a, b) => cmp(a.day, b.day) || cmp(a.line, b.line) || a.signed - b.signed || cmp(a.id, b.id));
  const lines = new Map<string, SeriesLine>();
  for (const p of points) {
    const known = lines.get(p.line);
    lines.set(p.line, { key: p.line, ...(p.kind ? { kind: p.kind } : {}), role: p.role, unit: p.unit, ...(p.who ? { who: p.who } : {}), count: (known?.count ?? 0) + 1 });
  }
  const best = [...names].sort((a, b) => b[1].count - a[1].count)[0];
  return {
    subject,
    measure,
    name: best?.[0] ?? '',
    script: best?.[1].script ?? 'hant',
    lines: [...lines.values()].sort((a, b) => b.count - a.count || cmp(a.key, b.key)),
    points,
    pages: pages.size,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
