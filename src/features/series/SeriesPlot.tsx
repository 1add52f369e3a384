import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { dateWords } from '../../core/facts/words';
import { pointAmount, seriesTick, seriesUnitName, type Series, type SeriesPoint } from '../../core/series';
import type { Script } from '../../core/script';
import { goToSource } from './go-to-source';

const HEIGHT = 260;
const DAY = 86_400_000;
/** Kinds drawn as a line through their points (a run of closes); the others are marks on their own. */
const JOINED = new Set(['close', 'value']);

interface Props {
  series: Series;
  script: Script;
  /** A point's kind in words, and page text in the reader's script. */
  line: (p: SeriesPoint) => string;
  display: (text: string) => string;
}

interface Datum {
  readonly x: number;
  readonly y: number;
  readonly point: SeriesPoint;
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The series over a time axis: one line per kind of figure (closes, highs, lows, thresholds,
 * expected and actual apart), each point a mark one click from its page and sentence.
 */
export const SeriesPlot = memo(function SeriesPlot({ series, script, line, display }: Props) {
  const lines = series.lines.filter((l) => l.unit === series.lines[0]?.unit);
  const data = new Map(lines.map((l) => [l.key, [] as Datum[]]));
  for (const point of series.points) data.get(point.line)?.push({ x: dayMs(point.day), y: point.signed, point });
  const xs = series.points.map((p) => dayMs(p.day));
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = Math.max((hi - lo) * 0.04, 2 * DAY);
  const unit = lines[0]?.unit ?? 'count';
  // Few dates: a tick at each; many: recharts' own.
  const days = [...new Set(xs)].sort((a, b) => a - b);
  const ticks = days.length <= 6 ? days : undefined;
  return (
    <div className="series-plot">
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart margin={{ top: 16, right: 20, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={[lo - pad, hi + pad]}
            {...(ticks ? { ticks } : {})}
            tickFormatter={(v: number) => new Date(v).toISOString().slice(0, 10)}
            className="chart-axis"
            allowDuplicatedCategory={false}
          />
          <YAxis
            dataKey="y"
            type="number"
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => seriesTick(v, unit, script)}
            className="chart-axis"
            width={64}
            label={{ value: seriesUnitName(unit, script), position: 'insideTopLeft', offset: -2, className: 'series-unit' }}
          />
          {lines.map((l, i) => (
            <Line
              key={l.key}
              data={data.get(l.key)}
              dataKey="y"
              name={l.key}
              className={`series-line c${i % 5}${JOINED.has(l.kind ?? 'value') && l.role === 'actual' ? '' : ' is-marks'}`}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; payload?: Datum; index?: number }) => (
                <PointMark key={`${l.key}-${props.index}`} cx={props.cx} cy={props.cy} datum={props.payload} color={i % 5} script={script} line={line} display={display} measure={series.measure} />
              )}
              activeDot={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});

interface MarkProps {
  cx: number | undefined;
  cy: number | undefined;
  datum: Datum | undefined;
  color: number;
  script: Script;
  line: (p: SeriesPoint) => string;
  display: (text: string) => string;
  measure: Series['measure'];
}

/** One point: its date, value and page on the element; a click (or Enter) opens its sentence. */
function PointMark({ cx, cy, datum, color, script, line, display, measure }: MarkProps) {
  if (cx === undefined || cy === undefined || !datum) return null;
  const { point } = datum;
  const first = point.sources[0]!;
  const label = [dateWords(point.date)[script], pointAmount(point, script, measure), line(point), point.who ? display(point.who) : ''].filter(Boolean).join(' · ');
  return (
    <g
      className={`series-point c${color}${point.kind ? ` is-${point.kind}` : ''}`}
      data-testid="series-point"
      data-page-id={first.pageId}
      data-page-ids={point.sources.map((s) => s.pageId).join(' ')}
      data-figure-date={point.date}
      data-figure-value={String(point.value)}
      {...(point.kind ? { 'data-figure-kind': point.kind } : {})}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={() => goToSource(first)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          goToSource(first);
        }
      }}
    >
      <title>{label}</title>
      <circle cx={cx} cy={cy} r={point.kind === 'threshold' || point.kind === 'target' ? 5 : 4.5} className="series-dot" />
      {point.sources.length > 1 && <circle cx={cx} cy={cy} r={8} className="series-dot-ring" />}
    </g>
  );
}
