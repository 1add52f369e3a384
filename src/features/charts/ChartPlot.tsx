import { useId, useMemo, type Ref } from 'react';
import { chartTitle } from '../../core/charts/format';
import type { ArticleChart, PlotRow } from '../../core/charts/article-charts';
import type { TableStyle } from '../../core/charts/table';
import type { Script } from '../../core/script';
import { BarsPlot, barsHeight } from './BarsPlot';
import { labelOf, PALETTE_SIZE, valueOf, type BarDatum } from './plot-kit';
import { SERIES_HEIGHT, SeriesPlot } from './SeriesPlot';
import { measureStyle } from './useTableStyle';
import { useWidth } from '../../shared/useWidth';

interface Props {
  ref: Ref<HTMLDivElement>;
  chart: ArticleChart;
  rows: readonly PlotRow[];
  style: TableStyle;
  /** The page's own script, which the plot measures its labels in. */
  source: Script;
  hovered: string | undefined;
  active: string | undefined;
}

/**
 * The drawn chart. To assistive technology it is one image named by its data in words (the
 * table says the same in full); comparisons and parts of a whole are horizontal bars (labels
 * read across, in a narrow pane), a series is a line through its dates.
 *
 * The plot itself is built from nothing the script toggle changes, and memoised: a toggle
 * re-renders this frame's name and the plot's text leaves (`PlotText`), not recharts.
 */
export function ChartPlot({ ref, chart, rows, style, source, hovered, active }: Props) {
  const [frame, width] = useWidth<HTMLDivElement>();
  const uid = `ch${useId().replace(/[^\w-]/g, '')}`;
  const data = useMemo(() => rows.map((r) => datum(chart, r, rows.filter((p) => p.role === 'part').indexOf(r), measureStyle(source))), [chart, rows, source]);
  const summary = rows.map((r) => `${labelOf(chart, r, style)} ${valueOf(chart, r, style)}`).join('；');
  const Plot = chart.kind === 'series' ? SeriesPlot : BarsPlot;

  return (
    <div ref={ref} className="chart-plot" role="img" aria-label={`${chartTitle(chart, style.script, style.display)}：${summary}`}>
      {/* The plot's height is kept from the start: drawn once its width is known, it moves nothing below it. */}
      <div ref={frame} className="chart-plot-frame" style={{ minHeight: chart.kind === 'series' ? SERIES_HEIGHT : barsHeight(data.length) }}>
        {width > 0 && <Plot chart={chart} data={data} source={source} width={width} uid={uid} hovered={hovered} active={active} />}
      </div>
    </div>
  );
}

/**
 * One row as the plot draws it: parts of a whole each get a colour; a comparison across subjects
 * tells rises from falls; one subject's expected and prior values are drawn paler than the actual.
 */
function datum(chart: ArticleChart, row: PlotRow, partIndex: number, measure: TableStyle): BarDatum {
  const tone =
    chart.kind !== 'compare' ? '' : chart.roles ? (row.fact.role === 'actual' ? '' : ' is-expected') : row.value > 0 ? ' is-up' : row.value < 0 ? ' is-down' : '';
  return {
    key: row.key,
    figureId: row.figureId,
    row,
    extent: row.extent,
    label: labelOf(chart, row, measure),
    valueLabel: valueOf(chart, row, measure),
    approx: row.qualifier !== 'exact',
    color: partIndex >= 0 ? 1 + (partIndex % (PALETTE_SIZE - 1)) : 0,
    tone,
  };
}

/** What both plots take: nothing that changes with the script toggle. */
export interface PlotProps {
  chart: ArticleChart;
  data: readonly BarDatum[];
  source: Script;
  width: number;
  uid: string;
  hovered: string | undefined;
  active: string | undefined;
}
