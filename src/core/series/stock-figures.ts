/**
 * What the library's pages said about one stock: the latest price and move they cited, the
 * target prices brokers set (the latest per broker), and the results (revenue, profit) by
 * period. Every figure carries where and when it was cited: none of it is a quote.
 */
import type { Measure } from '../facts/fact';
import type { FigureIndex } from './figure-index';
import { series, type SeriesPoint } from './series';

/** A figure the pages cited, with the series it belongs to. */
export interface CitedFigure {
  readonly measure: Measure;
  readonly point: SeriesPoint;
}

export interface StockFigures {
  readonly subject: string;
  readonly price?: CitedFigure;
  /** The latest cited move: in per cent where the pages give one that day, else in money. */
  readonly move?: CitedFigure;
  /** The latest target price per broker (an unnamed one under ''), newest first. */
  readonly targets: readonly CitedFigure[];
  /** Revenue and profit, the latest citation per measure and period, newest period first. */
  readonly results: readonly CitedFigure[];
}

const RESULTS: readonly Measure[] = ['revenue', 'profit'];

/**
 * @example
 * stockFigures(index, 'HK:00700').targets.map((t) => [t.point.who, t.point.value])
 * // [['花旗', 560], ['大行', 520]]
 */
export function stockFigures(index: FigureIndex, subject: string): StockFigures {
  const actual = (p: SeriesPoint) => p.role === 'actual';
  const price = latest(series(index, subject, 'price').points.filter(actual), 'price');
  const percent = latest(series(index, subject, 'change-percent').points.filter(actual), 'change-percent');
  const change = latest(series(index, subject, 'change').points.filter(actual), 'change');
  const move = percent && (!change || percent.point.day >= change.point.day) ? percent : change;
  const brokers = new Map<string, CitedFigure>();
  for (const point of series(index, subject, 'target-price').points) {
    const who = point.who ?? '';
    const known = brokers.get(who);
    if (!known || newer(point, known.point)) brokers.set(who, { measure: 'target-price', point });
  }
  const results: CitedFigure[] = [];
  for (const measure of RESULTS) {
    const byPeriod = new Map<string, CitedFigure>();
    for (const point of series(index, subject, measure).points.filter(actual)) {
      if (!point.ownDate) continue;
      const known = byPeriod.get(point.date);
      if (!known || newer(point, known.point)) byPeriod.set(point.date, { measure, point });
    }
    results.push(...byPeriod.values());
  }
  return {
    subject,
    ...(price ? { price } : {}),
    ...(move ? { move } : {}),
    targets: [...brokers.values()].sort((a, b) => byNewest(a.point, b.point)),
    results: results.sort((a, b) => byNewest(a.point, b.point) || (a.measure < b.measure ? -1 : 1)),
  };
}

/** The latest cited move in per cent, signed, for sorting a watchlist; undefined when none was cited. */
export function latestMovePercent(figures: StockFigures): number | undefined {
  return figures.move?.measure === 'change-percent' ? figures.move.point.signed : undefined;
}

function latest(points: readonly SeriesPoint[], measure: Measure): CitedFigure | undefined {
  let best: SeriesPoint | undefined;
  for (const p of points) if (!best || newer(p, best)) best = p;
  return best ? { measure, point: best } : undefined;
}

/** Later on the time axis, else cited by a later page, else later in its page. */
function newer(a: SeriesPoint, b: SeriesPoint): boolean {
  return byNewest(a, b) < 0;
}

function byNewest(a: SeriesPoint, b: SeriesPoint): number {
  const la = a.sources.at(-1)!;
  const lb = b.sources.at(-1)!;
  return cmp(b.day, a.day) || cmp(lb.pageDate, la.pageDate) || lb.start - la.start;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
