/**
 * Where a series is drawn: a time axis and a value axis in a box of pixels, each line's path
 * and each point's place. Pure, and linear in the points: a series of thousands of figures is
 * placed in a few milliseconds, so the view can draw them as plain SVG at once (a charting
 * library measuring and laying out every mark took seconds).
 */
import { niceTicks } from '../charts/ticks';
import { dateWords, type Both } from '../facts/words';
import type { Series, SeriesLine, SeriesPoint } from './series';

const DAY = 86_400_000;

export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly point: SeriesPoint;
  /** Its line's place among the lines drawn ({@link PlacedLine.index}). */
  readonly line: number;
}

export interface PlacedLine {
  readonly line: SeriesLine;
  /** Its place among the lines drawn (for its colour). */
  readonly index: number;
  /** A path through its points, oldest first; empty for a line drawn as marks alone. */
  readonly path: string;
  readonly points: readonly PlacedPoint[];
}

export interface TimeTick {
  readonly x: number;
  readonly date: string;
  /** As the series' table words a date (`2024年4月8日`, `2024年4月`), a year as `2024年`. */
  readonly label: Both;
}

export interface SeriesGeometry {
  /** Time ticks: the pixel of the label's centre, the date (`2024`, `2024-04`, `2024-04-08`) and its words in each script. */
  readonly xTicks: readonly TimeTick[];
  /** Value ticks: the pixel and the value. */
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly lines: readonly PlacedLine[];
  /** Every point drawn, in the series' order (by day): what the plot draws, one element each. */
  readonly points: readonly PlacedPoint[];
  /** One path of rings around the points several pages cite. */
  readonly rings: string;
}

/** Kinds joined by a line through their points (a run of closes, a broker's targets); the others are marks on their own. */
const JOINED: ReadonlySet<string> = new Set(['close', 'value']);

/** Whether a line is drawn joined: a run of actual closes or values. */
export const isJoined = (line: Pick<SeriesLine, 'kind' | 'role'>): boolean => JOINED.has(line.kind ?? 'value') && line.role === 'actual';

export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * The series placed in `box`: the lines sharing the first line's unit (one value axis), the
 * time axis padded a little beyond the first and last day, the value axis on round ticks.
 *
 * @example
 * seriesGeometry(s, { width: 600, height: 260, top: 16, right: 20, bottom: 24, left: 64 }).lines[0].points[0]
 * // { x: 84.9, y: 212.4, point: { day: '2025-01-27', value: 20225, … } }
 */
export function seriesGeometry(series: Series, box: PlotBox): SeriesGeometry {
  const key = `${box.width} ${box.height} ${box.top} ${box.right} ${box.bottom} ${box.left}`;
  let mine = placedOnce.get(series);
  if (mine?.key !== key) placedOnce.set(series, (mine = { key, geometry: place(series, box) }));
  return mine.geometry;
}

/** The last geometry made for a series (a series is kept while its facts are, so reopening it places nothing). */
const placedOnce = new WeakMap<Series, { key: string; geometry: SeriesGeometry }>();

/** Radius of the ring around a point several pages cite. */
const RING = 8;

function place(series: Series, box: PlotBox): SeriesGeometry {
  const unit = series.lines[0]?.unit;
  const drawn = series.lines.filter((l) => l.unit === unit);
  const keys = new Map(drawn.map((l, i) => [l.key, i]));
  const points = series.points.filter((p) => keys.has(p.line));
  if (points.length === 0) return { xTicks: [], yTicks: [], lines: [], points: [], rings: '' };

  const xs = points.map((p) => dayMs(p.day));
  let lo = Infinity;
  let hi = -Infinity;
  let vlo = Infinity;
  let vhi = -Infinity;
  points.forEach((p, i) => {
    lo = Math.min(lo, xs[i]!);
    hi = Math.max(hi, xs[i]!);
    vlo = Math.min(vlo, p.signed);
    vhi = Math.max(vhi, p.signed);
  });
  const pad = Math.max((hi - lo) * 0.04, 2 * DAY);
  const [x0, x1] = [lo - pad, hi + pad];
  const values = niceTicks(vlo, vhi, Math.max(3, Math.min(6, Math.floor((box.height - box.top - box.bottom) / 40))));
  const [y0, y1] = [values[0]!, values.at(-1)!];
  const plotW = Math.max(1, box.width - box.left - box.right);
  const plotH = Math.max(1, box.height - box.top - box.bottom);
  const x = (ms: number) => round(box.left + ((ms - x0) / (x1 - x0)) * plotW);
  const y = (v: number) => round(box.top + (1 - (v - y0) / (y1 - y0 || 1)) * plotH);

  const placed = drawn.map((line, index) => ({ line, index, points: [] as PlacedPoint[] }));
  const all = points.map((point, i): PlacedPoint => {
    const line = keys.get(point.line)!;
    const p = { x: x(xs[i]!), y: y(point.signed), point, line };
    placed[line]!.points.push(p);
    return p;
  });
  const rings = all
    .filter((p) => p.point.sources.length > 1)
    .map((p) => `M${round(p.x - RING)} ${p.y}a${RING} ${RING} 0 1 0 ${2 * RING} 0a${RING} ${RING} 0 1 0 ${-2 * RING} 0`)
    .join('');
  const lines = placed.map((l) => ({ ...l, path: isJoined(l.line) && l.points.length > 1 ? pathOf(l.points, l.line.who !== undefined) : '' }));

  const distinct = [...new Set(xs)].sort((a, b) => a - b);
  const ticks = distinct.length <= 6 ? distinct.map((ms) => ({ ms, label: iso(ms) })) : timeTicks(x0, x1, Math.max(2, Math.floor(plotW / 90)));
  // A label is centred on its day, or drawn in from the box's right edge when it would cross it.
  const xTicks = apart(
    ticks.map((t) => {
      const label = tickWords(t.label);
      return { x: Math.min(x(t.ms), box.width - labelPx(label) / 2), date: t.label, label };
    }),
  );
  return { xTicks, yTicks: values.map((value) => ({ y: y(value), value })), lines, points: all, rings };
}

/**
 * A line through the points, oldest first: straight from one to the next, or, for figures someone
 * set (a broker's target price), in steps: each holds until the next replaces it.
 */
function pathOf(points: readonly PlacedPoint[], steps: boolean): string {
  return points.map((p, i) => (i === 0 ? `M${p.x} ${p.y}` : steps ? `H${p.x}V${p.y}` : `L${p.x} ${p.y}`)).join('');
}

/**
 * A tick's date in words: the table's (`2025年2月10日`, `2025年2月`), and a year alone as `2025年`.
 *
 * @example
 * tickWords('2025-02-10').hans // '2025年2月10日'
 */
export function tickWords(date: string): Both {
  return /^\d{4}$/.test(date) ? { hant: `${date}年`, hans: `${date}年` } : dateWords(date);
}

/** Widths at the axis' 12 px: a digit's, a Han character's; and the room kept between two labels. */
const DIGIT_PX = 7;
const HAN_PX = 12;
const LABEL_GAP = 8;

/** A label's width in either script (the wider). */
const labelPx = ({ hant, hans }: Both): number => Math.max(...[hant, hans].map((w) => [...w].reduce((n, c) => n + (c <= '~' ? DIGIT_PX : HAN_PX), 0)));

/** Ticks whose centred labels would touch the one before are left out (two days side by side). */
function apart(ticks: readonly TimeTick[]): TimeTick[] {
  const out: TimeTick[] = [];
  for (const t of ticks) {
    const last = out.at(-1);
    if (!last || t.x - last.x >= (labelPx(last.label) + labelPx(t.label)) / 2 + LABEL_GAP) out.push(t);
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Month steps a time axis may take, then years; days below a month. */
const MONTHS = [1, 2, 3, 6, 12, 24, 60];
const DAYS = [1, 2, 7, 14];

/**
 * Calendar ticks from `from` to `to` (ms), at most `max`: whole days or weeks (labelled by day),
 * months (by month) or years (by year), whichever is the finest step that fits.
 */
export function timeTicks(from: number, to: number, max: number): { ms: number; label: string }[] {
  for (const step of DAYS) {
    const first = Math.ceil(from / DAY);
    const count = Math.floor(to / DAY) - first + 1;
    if (Math.floor((count - 1) / step) + 1 <= max) {
      const out: { ms: number; label: string }[] = [];
      for (let d = first; d * DAY <= to; d += step) out.push({ ms: d * DAY, label: iso(d * DAY) });
      return out;
    }
  }
  const start = new Date(from);
  const months = (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth();
  // At most months / step + 1 ticks, whichever month the range starts in.
  const step = MONTHS.find((m) => Math.floor(months / m) + 1 <= max) ?? Math.ceil(months / Math.max(1, max - 1) / 12) * 12;
  const out: { ms: number; label: string }[] = [];
  // Months counted from year 0, so steps land on January, April, July… and years on round ones.
  let m = start.getUTCFullYear() * 12 + start.getUTCMonth();
  m = Math.ceil(m / step) * step;
  for (; ; m += step) {
    const ms = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (ms > to) break;
    if (ms >= from) out.push({ ms, label: step % 12 === 0 ? String(Math.floor(m / 12)) : iso(ms).slice(0, 7) });
  }
  return out;
}
