import { memo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatTick } from '../../core/charts/format';
import { useFigureFocus } from '../../store/figure-focus';
import type { PlotProps } from './ChartPlot';
import { axisTicks, categoryTick, PlotText, textWidth, valueOf, valueTick, type BarDatum } from './plot-kit';

/** The height of a series plot, in px. */
export const SERIES_HEIGHT = 200;
/** Room above the line for the points' value labels. */
const TOP = 24;

/**
 * One subject and measure through time: a line through its points in date order, each point
 * marked and labelled with its value. The value axis starts at zero only where that leaves the
 * movement readable (a price from 2,730 to 2,800 is drawn on its own range, as a market chart is).
 */
export const SeriesPlot = memo(function SeriesPlot({ chart, data, source, width, uid, hovered, active }: PlotProps) {
  const rows = new Map(data.map((d) => [d.key, d.row]));
  const tick = (v: number) => formatTick(v, chart, source);
  const values = data.flatMap((d) => [d.row.value, ...(d.row.valueTo !== undefined ? [d.row.valueTo] : [])]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const fromZero = lo >= 0 && lo <= hi * 0.5;
  const ticks = axisTicks(fromZero ? 0 : lo - span * 0.25, hi + span * 0.1, SERIES_HEIGHT - TOP - 42, tick, false);
  const axisWidth = Math.max(...ticks.map((v) => textWidth(tick(v)))) + 12;
  const slot = (width - axisWidth - 24) / Math.max(data.length, 1);
  // A range (約-110億至-135億) is drawn as its span, through its middle.
  const mid = (d: BarDatum) => (d.row.valueTo !== undefined ? (d.row.value + d.row.valueTo) / 2 : d.row.value);
  const plotted = data.map((d) => ({ ...d, y: mid(d) }));
  const [bottom, top] = [ticks[0]!, ticks.at(-1)!];
  const plotHeight = SERIES_HEIGHT - TOP - 42;
  const yOf = (v: number) => TOP + ((top - v) / (top - bottom || 1)) * plotHeight;
  // A point's value goes below it where the line comes down to it from both sides (or its one side).
  const below = plotted.map((d, i) => {
    const around = [plotted[i - 1]?.y, plotted[i + 1]?.y].filter((v): v is number => v !== undefined);
    return around.length > 0 && around.every((v) => v > d.y);
  });
  return (
    <LineChart width={width} height={SERIES_HEIGHT} data={plotted} margin={{ top: TOP, right: 24, bottom: 0, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="key" height={42} interval={0} padding={{ left: slot / 2 - 8, right: slot / 2 - 8 }} tick={categoryTick(chart, source, rows, slot - 4, 'middle')} className="chart-axis" />
      <YAxis width={axisWidth} domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} interval={0} tick={valueTick(chart, source)} className="chart-axis" />
      <Line
        dataKey="y"
        isAnimationActive={false}
        className="chart-line"
        stroke="currentColor"
        dot={(props: { cx?: number; cy?: number; payload?: BarDatum; index?: number }) => (
          <Point key={props.index} {...props} chart={chart} source={source} uid={uid} hovered={hovered} active={active} yOf={yOf} below={below[props.index ?? 0] ?? false} />
        )}
        activeDot={false}
      />
    </LineChart>
  );
});

interface PointProps extends Pick<PlotProps, 'chart' | 'source' | 'uid' | 'hovered' | 'active'> {
  cx?: number;
  cy?: number;
  payload?: BarDatum;
  /** The pixel height of a value (for a range's ends). */
  yOf: (v: number) => number;
  below: boolean;
}

/** A point of the series: pointing at it lights up its sentence(s); clicking it brings them into view. */
function Point({ cx = 0, cy = 0, payload, chart, source, hovered, active, yOf, below }: PointProps) {
  if (!payload) return null;
  const d = payload;
  const state = d.figureId === active ? ' is-active' : d.figureId === hovered ? ' is-hot' : '';
  const { hover, unhover } = useFigureFocus.getState();
  const show = () => document.querySelector(`[data-figure-id="${CSS.escape(d.figureId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return (
    <g className="chart-bar-group" onMouseEnter={() => hover(d.figureId, d.row.figureIds)} onMouseLeave={() => unhover(d.figureId)} onClick={show}>
      <circle cx={cx} cy={cy} r={10} className="chart-point-hit" />
      {d.row.valueTo !== undefined && (
        <path
          d={`M${cx - 5},${yOf(d.row.value)}H${cx + 5}M${cx},${yOf(d.row.value)}V${yOf(d.row.valueTo)}M${cx - 5},${yOf(d.row.valueTo)}H${cx + 5}`}
          className="chart-range"
        />
      )}
      <circle
        cx={cx}
        cy={cy}
        r={4.5}
        className={`chart-point chart-bar c0${d.approx ? ' is-approx' : ''}${d.row.fact.role !== 'actual' ? ' is-expected' : ''}${state}`}
        data-figure-id={d.figureId}
        data-row-key={d.key}
      />
      <text x={cx} y={below ? Math.max(cy, d.row.valueTo !== undefined ? Math.max(yOf(d.row.value), yOf(d.row.valueTo)) : cy) + 18 : Math.min(cy, d.row.valueTo !== undefined ? Math.min(yOf(d.row.value), yOf(d.row.valueTo)) : cy) - 10} textAnchor="middle" className="chart-value">
        <PlotText source={source} text={(style) => valueOf(chart, d.row, style)} />
      </text>
    </g>
  );
}
