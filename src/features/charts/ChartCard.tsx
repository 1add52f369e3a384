import { useId, useMemo, useRef, useState } from 'react';
import { chartTitle, formatValue, unitName } from '../../core/charts/format';
import { partsAddUp, plotRows, type ArticleChart } from '../../core/charts/article-charts';
import type { UiKey } from '../../core/ui/strings';
import type { PageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { ChartExports } from './ChartExports';
import { ChartPlot } from './ChartPlot';
import { OpenSeriesButton } from '../../shared/OpenSeriesButton';
import { ChartTable } from './ChartTable';
import { useFocusedIn } from './useFocusedIn';
import { useTableStyle } from './useTableStyle';

const KIND_WORD: Record<ArticleChart['kind'], UiKey> = {
  compare: 'chartKindCompare',
  parts: 'chartKindParts',
  series: 'chartKindSeries',
};

/** The element id of a chart, for scrolling it into view. */
export const chartDomId = (chartId: string) => `chart-${chartId}`;

interface Props {
  chart: ArticleChart;
  /** Its place among the article's charts (for export file names). */
  index: number;
  view: PageView;
}

/**
 * One chart: title, kind and unit, the plot (or a note when the reader removed every figure),
 * a key for approximate figures, its table on demand, and its exports.
 */
export function ChartCard({ chart, index, view }: Props) {
  const t = useT();
  const style = useTableStyle(view.sourceScript);
  const [showTable, setShowTable] = useState(false);
  const plot = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const titleId = useId();
  const { hovered, active } = useFocusedIn(chart);
  const rows = useMemo(() => plotRows(chart), [chart]);
  const title = chartTitle(chart, style.script, style.display);

  return (
    <figure
      className="chart"
      id={chartDomId(chart.id)}
      data-testid="chart"
      data-article-id={chart.articleId}
      data-chart-kind={chart.kind}
      data-chart-measure={chart.measure}
      data-chart-subjects={chart.subjects.join(' ')}
      data-chart-points={rows.length}
      aria-labelledby={titleId}
    >
      <figcaption className="chart-head">
        <h4 className="chart-title" id={titleId}>
          {title}
        </h4>
        <span className="chart-meta">
          {t(KIND_WORD[chart.kind])} · {t('chartUnit')}：{unitName(chart, style.script)}
        </span>
      </figcaption>
      {chart.kind === 'parts' && <Equation chart={chart} script={style.script} />}
      {rows.length === 0 ? (
        <p className="chart-empty">{t('chartAllRemoved')}</p>
      ) : (
        <ChartPlot ref={plot} chart={chart} rows={rows} style={style} source={view.sourceScript} hovered={hovered} active={active} />
      )}
      {rows.some((r) => r.qualifier !== 'exact') && (
        <p className="chart-key">
          <span className="chart-key-swatch" aria-hidden="true" />
          {t('chartApproxKey')}
        </p>
      )}
      <div className="chart-tools">
        <button type="button" aria-expanded={showTable} aria-controls={showTable ? tableId : undefined} onClick={() => setShowTable((s) => !s)}>
          {t(showTable ? 'chartHideTable' : 'chartShowTable')}
        </button>
        <ChartExports chart={chart} title={title} index={index} pageId={view.pageId} plot={plot} style={style} />
        {chart.subjects.length === 1 && chart.subjects[0] !== 'unknown' && <OpenSeriesButton subject={chart.subjects[0]!} measure={chart.measure} short />}
      </div>
      {showTable && <ChartTable id={tableId} chart={chart} title={title} style={style} pageId={view.pageId} hovered={hovered} active={active} />}
    </figure>
  );
}

/** A part-of-whole in one line: 1,000億美元 = 500億美元 + 250億美元 + 250億美元 (其中, once a part is removed). */
function Equation({ chart, script }: { chart: ArticleChart; script: 'hant' | 'hans' }) {
  const t = useT();
  const shown = chart.rows.filter((r) => r.included);
  const total = shown.find((r) => r.role === 'total');
  const parts = shown.filter((r) => r.role === 'part');
  if (!total || parts.length === 0) return null;
  const sum = parts.map((r) => formatValue(r, chart, script)).join(' + ');
  const whole = formatValue(total, chart, script);
  return <p className="chart-equation">{partsAddUp(chart) ? `${whole} = ${sum}` : `${whole}${t('chartIncluding')}${sum}`}</p>;
}
