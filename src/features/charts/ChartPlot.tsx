import { useId, useMemo, type Ref } from 'react';
import { chartTitle, formatValue } from '../../core/charts/format';
import type { ArticleChart, PlotRow } from '../../core/charts/shape';
import { rowLabel, type TableStyle } from '../../core/charts/table';
import { BarsPlot } from './BarsPlot';
import { PALETTE_SIZE, type BarDatum } from './plot-kit';
import { TimelinePlot } from './TimelinePlot';
import { useWidth } from './useWidth';

interface Props {
  ref: Ref<HTMLDivElement>;
  chart: ArticleChart;
  rows: readonly PlotRow[];
  style: TableStyle;
  hovered: string | undefined;
  active: string | undefined;
}

/**
 * The drawn chart. To assistive technology it is one image named by its data in words (the
 * table says the same in full); comparisons and parts of a whole are horizontal bars (labels
 * read across, in a narrow pane), a timeline is columns over a time axis.
 */
export function ChartPlot({ ref, chart, rows, style, hovered, active }: Props) {
  const [frame, width] = useWidth<HTMLDivElement>();
  const uid = `ch${useId().replace(/[^\w-]/g, '')}`;
  const data = useMemo(() => rows.map((r) => datum(chart, r, rows.filter((p) => p.role === 'part').indexOf(r), style)), [chart, rows, style]);
  const summary = data.map((d) => `${d.label} ${d.valueLabel}`).join('；');
  const props = { chart, data, style, width, uid, hovered, active };

  return (
    <div ref={ref} className="chart-plot" role="img" aria-label={`${chartTitle(chart, style.script, style.display)}：${summary}`}>
      <div ref={frame} className="chart-plot-frame">
        {width > 0 && (chart.kind === 'timeline' ? <TimelinePlot {...props} /> : <BarsPlot {...props} />)}
      </div>
    </div>
  );
}

/** One row as the plot draws it: parts of a whole each get a colour, everything else the first. */
function datum(chart: ArticleChart, row: PlotRow, partIndex: number, style: TableStyle): BarDatum {
  return {
    key: row.key,
    figureId: row.figureId,
    extent: row.extent,
    label: chart.kind === 'timeline' ? (row.date ?? style.words.latest) : rowLabel(row, style),
    valueLabel: formatValue(row, chart, style.script),
    approx: row.qualifier !== 'exact',
    color: partIndex >= 0 ? 1 + (partIndex % (PALETTE_SIZE - 1)) : 0,
  };
}

/** What both plots take. */
export interface PlotProps {
  chart: ArticleChart;
  data: readonly BarDatum[];
  style: TableStyle;
  width: number;
  uid: string;
  hovered: string | undefined;
  active: string | undefined;
}
