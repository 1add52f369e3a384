import { useState, type RefObject } from 'react';
import { CSV_BOM, toCsv } from '../../core/csv';
import { seriesCsvRows, seriesUnitName, type Series, type SeriesPoint } from '../../core/series';
import type { Script } from '../../core/script';
import { download } from '../../shared/download';
import { findPage, useLibrary } from '../../store/library';
import { useT } from '../../shared/script/useScript';
import { pngBlob, svgMarkup } from '../charts';

interface Props {
  series: Series;
  title: string;
  subject: string;
  measure: string;
  script: Script;
  line: (p: SeriesPoint) => string;
  display: (text: string) => string;
  plot: RefObject<HTMLDivElement | null>;
}

/** PNG, SVG and CSV of a series, made in the browser as the article charts' are. */
export function SeriesExports({ series, title, subject, measure, script, line, display, plot }: Props) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const name = `broadsheet-series-${series.subject}-${series.measure}`.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '-');
  const markup = () => {
    const svg = plot.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) throw new Error('The series is not drawn');
    const unit = series.lines[0] ? seriesUnitName(series.lines[0].unit, script) : '';
    return svgMarkup(svg, [title, unit]);
  };
  const csv = () => {
    const library = useLibrary.getState();
    const rows = seriesCsvRows(series, {
      script,
      header: ['seDate', 'seValue', 'seCsvUnit', 'seKind', 'seSetBy', 'seCsvRole', 'seCsvSubject', 'seCsvMeasure', 'seCsvPage', 'seCsvPageDate', 'seCsvArticle'].map((k) => t(k as Parameters<typeof t>[0])),
      subject,
      measure,
      line,
      display,
      pageTitle: (id) => display(findPage(library, id)?.title ?? id),
    });
    return new Blob([CSV_BOM + toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  };
  const run = (make: () => Promise<Blob> | Blob, ext: string) => async () => {
    setFailed(false);
    try {
      download(await make(), `${name}.${ext}`);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="chart-exports series-exports" role="group" aria-label={`${t('seExportLabel')}：${title}`}>
      <button type="button" title={t('seExportPng')} onClick={run(() => pngBlob(markup()), 'png')}>
        PNG
      </button>
      <button type="button" title={t('seExportSvg')} onClick={run(() => new Blob([markup()], { type: 'image/svg+xml' }), 'svg')}>
        SVG
      </button>
      <button type="button" title={t('seExportCsv')} onClick={run(csv, 'csv')}>
        CSV
      </button>
      {failed && (
        <span className="chart-export-failed" role="alert">
          {t('seExportFailed')}
        </span>
      )}
    </div>
  );
}
