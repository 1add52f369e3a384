import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatTick } from '../../core/charts/format';
import type { PlotProps } from './ChartPlot';
import { axisTicks, barShape, categoryTick, Hatches, textWidth, valueTick } from './plot-kit';

const HEIGHT = 210;
/** Room above the columns for their value labels. */
const TOP = 22;

/**
 * One subject at several dates: columns over a time axis in date order (the article's own,
 * undated figure last, as 最新).
 */
export const TimelinePlot = memo(function TimelinePlot({ chart, data, source, width, uid, hovered, active }: PlotProps) {
  const rows = new Map(data.map((d) => [d.key, d.row]));
  const tick = (v: number) => formatTick(v, chart, source);
  const low = Math.min(0, ...data.map((d) => d.extent[0]));
  const high = Math.max(0, ...data.map((d) => d.extent[1]));
  const ticks = axisTicks(low, high, HEIGHT - TOP - 30, tick, false);
  const axisWidth = Math.max(...ticks.map((v) => textWidth(tick(v)))) + 12;
  const slot = (width - axisWidth) / Math.max(data.length, 1);
  return (
    <BarChart width={width} height={HEIGHT} data={data as never[]} margin={{ top: TOP, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
      <Hatches uid={uid} />
      <CartesianGrid vertical={false} />
      <XAxis dataKey="key" interval={0} tick={categoryTick(chart, source, rows, slot - 4, 'middle')} className="chart-axis" />
      <YAxis width={axisWidth} domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} interval={0} tick={valueTick(chart, source)} className="chart-axis" />
      <Bar dataKey="extent" maxBarSize={56} isAnimationActive={false} shape={barShape({ chart, source, uid, labelAt: 'top', hovered, active })} />
    </BarChart>
  );
});
