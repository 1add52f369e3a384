import type { RefObject } from 'react';
import { CSV_BOM, toCsv } from '../../core/csv';
import { unitName } from '../../core/charts/format';
import type { ArticleChart } from '../../core/charts/article-charts';
import { chartCsvRows, type TableStyle } from '../../core/charts/table';
import { useT } from '../../shared/script/useScript';
import { ExportButtons } from './ExportButtons';
import { exportName } from './exports';

interface Props {
  chart: ArticleChart;
  title: string;
  index: number;
  pageId: string;
  /** The plot's frame; its `<svg>` is what the image exports serialise. */
  plot: RefObject<HTMLDivElement | null>;
  style: TableStyle;
}

/** PNG, SVG and CSV downloads of one chart. */
export function ChartExports({ chart, title, index, pageId, plot, style }: Props) {
  const t = useT();
  const words = { label: t('chartExportLabel'), png: t('chartExportPng'), svg: t('chartExportSvg'), csv: t('chartExportCsv'), failed: t('chartExportFailed') };
  return (
    <ExportButtons
      words={words}
      title={title}
      name={exportName(pageId, chart.articleId, index, title)}
      plot={plot}
      heading={[title, `${t('chartUnit')}：${unitName(chart, style.script)}`]}
      csv={() => new Blob([CSV_BOM + toCsv(chartCsvRows(chart, style))], { type: 'text/csv;charset=utf-8' })}
      drawn={chart.rows.some((r) => r.included)}
    />
  );
}
