import type { RefObject } from 'react';
import { CSV_BOM, toCsv } from '../../core/csv';
import { seriesCsvRows, seriesUnitName, type Series, type SeriesPoint } from '../../core/series';
import type { Script } from '../../core/script';
import { findPage, useLibrary } from '../../store/library';
import { useT } from '../../shared/script/useScript';
import { ExportButtons } from '../charts';

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
  const name = `broadsheet-series-${series.subject}-${series.measure}`.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '-');
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
  const words = { label: t('seExportLabel'), png: t('seExportPng'), svg: t('seExportSvg'), csv: t('seExportCsv'), failed: t('seExportFailed') };
  const unit = series.lines[0] ? seriesUnitName(series.lines[0].unit, script) : '';
  return <ExportButtons className="series-exports" words={words} title={title} name={name} plot={plot} heading={[title, unit]} csv={csv} />;
}
