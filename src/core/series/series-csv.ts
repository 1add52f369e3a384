/**
 * A series as a table, one row per citation (a point reprinted by two pages is two rows with the
 * same date and value), for the CSV export: plain values a spreadsheet can chart, and the words
 * the reader sees.
 */
import type { Script } from '../figures/format';
import type { Series, SeriesPoint } from './series';
import { seriesUnitName } from './series-format';

export interface SeriesCsvWords {
  readonly script: Script;
  /** Column headings, in order: date, value, unit, kind, set by, role, subject, measure, page, page date, article. */
  readonly header: readonly string[];
  readonly subject: string;
  readonly measure: string;
  /** A point's kind (and role, where not actual) in words. */
  readonly line: (point: SeriesPoint) => string;
  /** Page text (a broker's name, an article's) shown in the reader's script. */
  readonly display: (text: string) => string;
  readonly pageTitle: (pageId: string) => string;
}

/**
 * @example
 * seriesCsvRows(series(index, 'index:HSI', 'level'), words)[1]
 * // ['2025-01-27', 20225, '點', '收市', '', '實際', '恒生指數', '水平', '港股收升', '2025-01-28', '港股收升']
 */
export function seriesCsvRows(series: Series, words: SeriesCsvWords): (string | number)[][] {
  const rows: (string | number)[][] = [[...words.header]];
  for (const point of series.points) {
    for (const source of point.sources) {
      rows.push([
        point.date,
        point.to !== undefined ? `${point.signed}~${point.negative ? -point.to : point.to}` : point.signed,
        point.unit === 'count' ? '' : seriesUnitName(point.unit, words.script),
        words.line(point),
        point.who ? words.display(point.who) : '',
        point.role,
        words.subject,
        words.measure,
        words.pageTitle(source.pageId),
        source.pageDate,
        words.display(source.articleName),
      ]);
    }
  }
  return rows;
}
