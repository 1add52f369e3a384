import { memo, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dateWords } from '../../core/facts/words';
import { pointAmount, type Series, type SeriesPoint } from '../../core/series';
import type { Script } from '../../core/script';
import { pageTitles, useLibrary } from '../../store/library';
import { useT } from '../../shared/script/useScript';
import { goToSource } from './go-to-source';

interface Props {
  series: Series;
  script: Script;
  line: (p: SeriesPoint) => string;
  display: (text: string) => string;
  caption: string;
}

/** Rows listed at first: the latest points (the plot shows them all; a button lists the rest). */
export const LATEST_ROWS = 100;

/**
 * The series as a table: each point's date, value, kind and the pages that cite it, each a link
 * to its sentence. Latest first; a long series lists its latest {@link LATEST_ROWS} until asked
 * for all (thousands of rows would hold up the series' first paint). Drawn again only when its
 * series, script or words change, or a title of a page it cites: not as the view's status moves
 * or the library changes elsewhere.
 */
export const SeriesTable = memo(function SeriesTable({ series, script, line, display, caption }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  const total = series.points.length;
  const rows = [...series.points].reverse().slice(0, all ? total : LATEST_ROWS);
  const cited = useMemo(() => [...new Set(series.points.flatMap((p) => p.sources.map((s) => s.pageId)))], [series]);
  const titles = useLibrary(useShallow((s) => pageTitles(s, cited)));
  const title = (id: string) => titles[id] ?? id;
  // A page titled by its one article's headline names it once.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  return (
    <div className="series-table-wrap">
      <table className="series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('seDate')}</th>
            <th scope="col">{t('seValue')}</th>
            <th scope="col">{t('seKind')}</th>
            <th scope="col">{t('seSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.id} data-figure-date={point.date} data-figure-value={String(point.value)}>
              <td className="series-date">
                {dateWords(point.date)[script]}
                {!point.ownDate && <span className="series-note">{t('sePageDateUsed')}</span>}
              </td>
              <td className="series-value">{pointAmount(point, script, series.measure)}</td>
              <td className="series-kind">
                {/* A broker's plain target price is named by the broker alone (not 數值 · 出自花旗). */}
                {(!point.who || point.kind || point.role !== 'actual') && <span>{line(point)}</span>}
                {point.who && (
                  <span className="series-who">
                    {point.kind || point.role !== 'actual' ? ' · ' : ''}
                    {t('seSetBy')}
                    <span>{display(point.who)}</span>
                  </span>
                )}
              </td>
              <td className="series-sources">
                {point.sources.map((source) => (
                  <button key={`${source.pageId}-${source.figureId}`} type="button" className="series-source" title={t('seGoToSentence')} onClick={() => goToSource(source)}>
                    {display(title(source.pageId))}
                    {source.articleName && squeeze(source.articleName) !== squeeze(title(source.pageId)) ? `《${display(source.articleName)}》` : ''}
                    <span className="series-note">（{dateWords(source.pageDate)[script]}）</span>
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < total && (
        <p className="series-more">
          {t('seLatestShown')} {rows.length} {t('sePoints')}
          <button type="button" onClick={() => setAll(true)}>
            {t('seShowAll')} {total} {t('sePoints')}
          </button>
        </p>
      )}
    </div>
  );
});
