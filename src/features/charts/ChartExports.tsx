import { useState, type RefObject } from 'react';
import { CSV_BOM, toCsv } from '../../core/csv';
import { unitName } from '../../core/charts/format';
import type { ArticleChart } from '../../core/charts/article-charts';
import { chartCsvRows, type TableStyle } from '../../core/charts/table';
import { useT } from '../../shared/script/useScript';
import { download, exportName, pngBlob, svgMarkup } from './exports';

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
  const [failed, setFailed] = useState(false);
  const name = exportName(pageId, chart.articleId, index, title);
  const drawn = chart.rows.some((r) => r.included);
  const markup = () => {
    const svg = plot.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) throw new Error('The chart is not drawn');
    return svgMarkup(svg, [title, `${t('chartUnit')}：${unitName(chart, style.script)}`]);
  };
  const run = (make: () => Promise<Blob> | Blob, ext: string) => async () => {
    setFailed(false);
    try {
      download(await make(), `${name}.${ext}`);
    } catch {
      setFailed(true);
    }
  };
  const csv = () => new Blob([CSV_BOM + toCsv(chartCsvRows(chart, style))], { type: 'text/csv;charset=utf-8' });

  return (
    <div className="chart-exports" role="group" aria-label={`${t('chartExportLabel')}：${title}`}>
      <button type="button" disabled={!drawn} title={t('chartExportPng')} onClick={run(() => pngBlob(markup()), 'png')}>
        PNG
      </button>
      <button type="button" disabled={!drawn} title={t('chartExportSvg')} onClick={run(() => new Blob([markup()], { type: 'image/svg+xml' }), 'svg')}>
        SVG
      </button>
      <button type="button" title={t('chartExportCsv')} onClick={run(csv, 'csv')}>
        CSV
      </button>
      {failed && (
        <span className="chart-export-failed" role="alert">
          {t('chartExportFailed')}
        </span>
      )}
    </div>
  );
}
