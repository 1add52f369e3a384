import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Measure } from '../../core/facts/fact';
import { series as seriesOf } from '../../core/series';
import { useFigureIndex, useFigureIndexState } from '../../shared/page/figure-index';
import { closeSeries, useSeriesOpen } from '../../shared/series-open';
import { SeriesExports } from './SeriesExports';
import { SeriesPlot } from './SeriesPlot';
import { SeriesTable } from './SeriesTable';
import { useSeriesWords } from './useSeriesWords';
import './series.css';

/**
 * One subject's figures across the library, over the panes: a native modal `<dialog>` (focus
 * stays inside; Escape, the close button or the backdrop close it, and focus goes back). The
 * dialog opens before its body is drawn, in the same task: the plot measures its width in an
 * open dialog and the series paints in the click's own frame; the table and the exports follow
 * in the next task, once the points are on screen.
 */
export default function SeriesDialog() {
  const shown = useSeriesOpen((s) => s.shown);
  const [drawn, setDrawn] = useState(shown);
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (shown && !dialog.open) dialog.showModal();
    if (!shown && dialog.open) dialog.close();
    setDrawn(shown);
  }, [shown]);
  return (
    <dialog ref={ref} className="modal series-dialog" onClose={closeSeries} onClick={(e) => e.target === e.currentTarget && closeSeries()}>
      {drawn && <SeriesBody key={`${drawn.subject} ${drawn.measure}`} subject={drawn.subject} measure={drawn.measure} />}
    </dialog>
  );
}

function SeriesBody({ subject, measure }: { subject: string; measure: Measure }) {
  const index = useFigureIndex();
  const pending = useFigureIndexState((s) => s.pending);
  const series = useMemo(() => seriesOf(index ?? { pages: [] }, subject, measure), [index, subject, measure]);
  const words = useSeriesWords(series, measure);
  const { t } = words;
  const titleId = useId();
  const plot = useRef<HTMLDivElement>(null);
  const title = `${words.subject}${words.measure}`;
  const pages = series.pages;
  const painted = useAfterPaint();
  return (
    <section className="series-body" aria-labelledby={titleId} data-testid="figure-series" data-figure-subject={subject} data-figure-measure={measure} data-points={series.points.length}>
      <div className="series-head">
        <h2 id={titleId}>
          <span className="series-title" data-testid="series-title">
            {title}
          </span>
          <span className="series-sub">
            {t('seTitleAcross')}：{series.points.length} {t('sePoints')} · {pages} {t('sePages')}
          </span>
        </h2>
        <button type="button" className="notice-dismiss" onClick={closeSeries} aria-label={t('seClose')} title={t('seClose')}>
          ✕
        </button>
      </div>
      {(pending > 0 || !index) && (
        <p className="series-status" role="status">
          {t('seBuilding')}
        </p>
      )}
      {series.points.length === 0 ? (
        index && pending === 0 && <p className="pane-empty">{t('seEmpty')}</p>
      ) : (
        <>
          <ul className="series-legend">
            {series.lines.map((l, i) => (
              <li key={l.key} className={`c${i % 5}`}>
                <span className="series-swatch" aria-hidden="true" />
                {words.legend(l)}（{l.count}）
              </li>
            ))}
          </ul>
          <div ref={plot}>
            <SeriesPlot series={series} script={words.script} line={words.line} display={words.display} label={`${title}：${series.points.length} ${t('sePoints')}`} />
          </div>
          {painted && (
            <>
              <SeriesExports series={series} title={title} subject={words.subject} measure={words.measure} script={words.script} line={words.line} display={words.display} plot={plot} />
              <SeriesTable series={series} script={words.script} line={words.line} display={words.display} caption={t('seTableCaption')} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** False until the frame after the first paint: what can wait for it is drawn in a task of its own. */
function useAfterPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setAfter(true))));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return after;
}
