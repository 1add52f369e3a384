import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatTick } from '../../core/charts/format';
import type { PlotProps } from './ChartPlot';
import { axisTicks, barShape, categoryTick, Hatches, textWidth, valueTick } from './plot-kit';

const ROW = 30;
const AXIS = 26;
/** The bars keep at least this much width; labels get the rest up to their length. */
const MIN_PLOT = 130;
/** But labels keep up to this share of the width, even where long values leave the bars less. */
const LABEL_SHARE = 0.28;

/**
 * Horizontal bars: a comparison (sorted; rises right of zero, falls left of it, each value at
 * its bar's outer end), or a part of a whole drawn as a waterfall (the total's bar, then each
 * part starting where the last ended, so the parts visibly add up to the total). Labels sit on
 * the left.
 */
/** The height of a bar plot of `bars` bars, in px. */
export const barsHeight = (bars: number) => bars * ROW + AXIS;

export const BarsPlot = memo(function BarsPlot({ chart, data, source, width, uid, hovered, active }: PlotProps) {
  const rows = new Map(data.map((d) => [d.key, d.row]));
  const valueWidth = Math.max(...data.map((d) => textWidth(d.valueLabel))) + 10;
  const natural = Math.max(...data.map((d) => textWidth(d.label))) + 16;
  const labelWidth = Math.max(Math.min(natural, width - valueWidth - MIN_PLOT), Math.min(natural, width * LABEL_SHARE), 48);
  const tick = (v: number) => formatTick(v, chart, source);
  const plotWidth = width - labelWidth - valueWidth;
  let low = Math.min(0, ...data.map((d) => d.extent[0]));
  const high = Math.max(0, ...data.map((d) => d.extent[1]));
  // Room on the left for the values of falls, written at their bars' left ends.
  if (low < 0) low -= ((valueWidth + 4) * (high - low)) / Math.max(plotWidth - valueWidth, 40);
  const ticks = axisTicks(low, high, plotWidth, tick, true);
  return (
    <BarChart
      width={width}
      height={barsHeight(data.length)}
      data={data as never[]}
      layout="vertical"
      margin={{ top: 4, right: valueWidth, bottom: 0, left: 0 }}
      barCategoryGap="24%"
      accessibilityLayer={false}
    >
      <Hatches uid={uid} />
      <CartesianGrid horizontal={false} />
      {low < 0 && <ReferenceLine x={0} className="chart-zero" ifOverflow="extendDomain" />}
      <XAxis type="number" domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} interval={0} tick={valueTick(chart, source)} className="chart-axis" />
      <YAxis type="category" dataKey="key" width={labelWidth} interval={0} tickLine={false} tick={categoryTick(chart, source, rows, labelWidth - 14, 'end')} className="chart-axis" />
      <Bar dataKey="extent" isAnimationActive={false} shape={barShape({ chart, source, uid, labelAt: 'end', hovered, active })} />
    </BarChart>
  );
});
