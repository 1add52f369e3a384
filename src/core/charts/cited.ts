import type { PageFigure } from '../annotate';
import type { FigureFact } from '../facts/fact';

/** A figure of the text with what it is (its fact). */
export interface Cited {
  readonly figure: PageFigure;
  readonly fact: FigureFact;
}

/**
 * One fact as the charts hold it: the figure that states it first, and the figures that state it
 * again (the headline repeating the body) or that it stands for (a threshold the same close
 * passed: 恒指收在兩萬點之上，收20225點), which link to it like its own figure.
 */
export interface FactPoint {
  readonly main: Cited;
  readonly also: Cited[];
}

/** Values on one axis: the unit, what a price is per, and a count's measure word. */
export function unitKey(f: PageFigure): string {
  return `${f.unit}|${f.perUnit ?? ''}|${f.unit === 'count' ? (f.measureWord ?? '') : ''}`;
}

/** A figure's amount as a chart plots it: a fall or a loss below zero, beside the rises. */
export const onAxis = (f: Pick<PageFigure, 'move' | 'loss'>, v: number) => (f.move === 'down' || f.loss ? -v : v);

/**
 * Whether two figures state the same fact: the same subject, measure, amount, date and role (a
 * headline often says no date: 恒指升438點 is the body's 今日升438點).
 */
function sameFact(a: Cited, b: Cited): boolean {
  return (
    a.fact.subject === b.fact.subject &&
    a.fact.measure === b.fact.measure &&
    (a.fact.date === b.fact.date || a.fact.date === undefined || b.fact.date === undefined) &&
    a.fact.role === b.fact.role &&
    a.fact.part === b.fact.part &&
    unitKey(a.figure) === unitKey(b.figure) &&
    onAxis(a.figure, a.figure.value) === onAxis(b.figure, b.figure.value) &&
    a.figure.valueTo === b.figure.valueTo &&
    Boolean(a.figure.each) === Boolean(b.figure.each)
  );
}

/** Relative tolerance for parts adding up to their whole (rounded parts). */
export const SUM_TOLERANCE = 0.005;

const LEVELS = new Set(['level', 'price']);

/**
 * An article's figures as facts, each once: a repeat joins the point it repeats, and a threshold
 * (兩萬點之上, 突破2800美元大關) joins the close or high the same clause gives for the same
 * subject, day and role. In text order of their main figure.
 */
export function factPoints(cited: readonly Cited[]): FactPoint[] {
  const points: FactPoint[] = [];
  for (const c of cited) {
    if (c.fact.subject === 'unknown') {
      points.push({ main: c, also: [] });
      continue;
    }
    const same = points.findIndex((p) => sameFact(p.main, c));
    if (same < 0) points.push({ main: c, also: [] });
    // The dated statement leads (the body's, not the headline's), the others link to it.
    else if (points[same]!.main.fact.date === undefined && c.fact.date !== undefined) points[same] = { main: c, also: [points[same]!.main, ...points[same]!.also] };
    else points[same]!.also.push(c);
  }
  const folded = new Set<FactPoint>();
  for (const p of points) {
    if (!LEVELS.has(p.main.fact.measure) || p.main.fact.kind !== 'threshold') continue;
    const host = points.find(
      (q) =>
        q !== p &&
        !folded.has(q) &&
        q.main.fact.kind !== 'threshold' &&
        q.main.fact.subject === p.main.fact.subject &&
        q.main.fact.measure === p.main.fact.measure &&
        q.main.fact.date === p.main.fact.date &&
        q.main.fact.role === p.main.fact.role &&
        q.main.figure.blockId === p.main.figure.blockId &&
        unitKey(q.main.figure) === unitKey(p.main.figure),
    );
    if (!host) continue;
    host.also.push(p.main, ...p.also);
    folded.add(p);
  }
  return points.filter((p) => !folded.has(p));
}

/** Every figure id of a point, its main figure's first. */
export const pointIds = (p: FactPoint): string[] => [p.main.figure.id, ...p.also.map((c) => c.figure.id)];
