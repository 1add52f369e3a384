import { memo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatTick } from '../../core/charts/format';
import { useFigureFocus } from '../../store/figure-focus';
import type { PlotProps } from './ChartPlot';
import { axisTicks, categoryTick, PlotText, textWidth, valueOf, valueTick, type BarDatum } from './plot-kit';

const HEIGHT = 200;
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
  const values = data.map((d) => d.row.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const fromZero = lo >= 0 && lo <= hi * 0.5;
  const ticks = axisTicks(fromZero ? 0 : lo - span * 0.25, hi + span * 0.1, HEIGHT - TOP - 42, tick, false);
  const axisWidth = Math.max(...ticks.map((v) => textWidth(tick(v)))) + 12;
  const slot = (width - axisWidth - 24) / Math.max(data.length, 1);
  const plotted = data.map((d) => ({ ...d, y: d.row.value }));
  return (
    <LineChart width={width} height={HEIGHT} data={plotted} margin={{ top: TOP, right: 24, bottom: 0, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="key" height={42} interval={0} padding={{ left: slot / 2 - 8, right: slot / 2 - 8 }} tick={categoryTick(chart, source, rows, slot - 4, 'middle')} className="chart-axis" />
      <YAxis width={axisWidth} domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} interval={0} tick={valueTick(chart, source)} className="chart-axis" />
      <Line
        dataKey="y"
        isAnimationActive={false}
        className="chart-line"
        stroke="currentColor"
        dot={(props: { cx?: number; cy?: number; payload?: BarDatum; index?: number }) => <Point key={props.index} {...props} chart={chart} source={source} uid={uid} hovered={hovered} active={active} />}
        activeDot={false}
      />
    </LineChart>
  );
});

interface PointProps extends Pick<PlotProps, 'chart' | 'source' | 'uid' | 'hovered' | 'active'> {
  cx?: number;
  cy?: number;
  payload?: BarDatum;
}

/** A point of the series: pointing at it lights up its sentence(s); clicking it brings them into view. */
function Point({ cx = 0, cy = 0, payload, chart, source, hovered, active }: PointProps) {
  if (!payload) return null;
  const d = payload;
  const state = d.figureId === active ? ' is-active' : d.figureId === hovered ? ' is-hot' : '';
  const { hover, unhover } = useFigureFocus.getState();
  const show = () => document.querySelector(`[data-figure-id="${CSS.escape(d.figureId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return (
    <g className="chart-bar-group" onMouseEnter={() => hover(d.figureId, d.row.figureIds)} onMouseLeave={() => unhover(d.figureId)} onClick={show}>
      <circle cx={cx} cy={cy} r={10} className="chart-point-hit" />
      <circle
        cx={cx}
        cy={cy}
        r={4.5}
        className={`chart-point chart-bar c0${d.approx ? ' is-approx' : ''}${d.row.fact.role !== 'actual' ? ' is-expected' : ''}${state}`}
        data-figure-id={d.figureId}
        data-row-key={d.key}
      />
      <text x={cx} y={cy - 10} textAnchor="middle" className="chart-value">
        <PlotText source={source} text={(style) => valueOf(chart, d.row, style)} />
      </text>
    </g>
  );
}
