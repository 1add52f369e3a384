import type { KeyFigure, UnitRow } from '../../core/charts/article-charts';
import { writeText } from '../../core/charts/chart-text';
import { shortDate } from '../../core/charts/fact-dates';
import { formatValue } from '../../core/charts/format';
import { useFigureFocus } from '../../store/figure-focus';
import type { PageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { useTableStyle } from './useTableStyle';
import { OpenSeriesButton } from '../../shared/OpenSeriesButton';

export const keyFigureDomId = (id: string) => `key-${id}`;

/**
 * An article's key figures: the figures with nothing comparable beside them (an index's close, a
 * share price, a forecast), as a compact fact sheet — name and what is measured, value, the moves
 * the text gives beside it, date. Each entry is linked to its sentence as a chart point is.
 */
export function KeyFigures({ articleId, keys, view }: { articleId: string; keys: readonly KeyFigure[]; view: PageView }) {
  const t = useT();
  const headingId = `key-h-${articleId}`;
  return (
    <section className="key-figures" data-testid="key-figures" aria-labelledby={headingId}>
      <h4 className="key-figures-title" id={headingId}>
        {t('keyFigures')}
      </h4>
      <ul className="key-figures-list">
        {keys.map((k, i) => (
          // A date is said where it changes: a market report's dozen prices share one day.
          <KeyFigureItem key={k.id} item={k} view={view} sayDate={i === 0 || keys[i - 1]!.row.fact.date !== k.row.fact.date} />
        ))}
      </ul>
    </section>
  );
}

function KeyFigureItem({ item, view, sayDate }: { item: KeyFigure; view: PageView; sayDate: boolean }) {
  const style = useTableStyle(view.sourceScript);
  const ids = [...item.row.figureIds, ...item.changes.flatMap((m) => m.row.figureIds)];
  const hot = useFigureFocus((s) => s.hovered !== undefined && ids.includes(s.hovered));
  const active = useFigureFocus((s) => s.active !== undefined && ids.includes(s.active));
  const { hover, unhover } = useFigureFocus.getState();
  const { fact } = item.row;
  const figure = view.annotations.figures.find((f) => f.id === item.row.figureId);
  const name = writeText(item.row.label, style.script, style.display);
  const what = writeText(item.what, style.script, style.display);
  const value = formatValue(item.row, item, style.script);
  const date = fact.date && sayDate ? shortDate(fact.date, true)[style.script] : '';
  const show = () => document.querySelector(`.reader [data-figure-id="${CSS.escape(item.row.figureId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return (
    <li
      id={keyFigureDomId(item.id)}
      className={`key-figure${active ? ' is-active' : hot ? ' is-hot' : ''}`}
      data-testid="key-figure"
      data-figure-id={item.row.figureId}
      data-figure-value={String(figure?.value ?? Math.abs(item.row.value))}
      data-figure-unit={item.unit}
      data-figure-subject={fact.subject}
      data-figure-measure={fact.measure}
      data-figure-role={fact.role}
      {...(fact.date !== undefined ? { 'data-figure-date': fact.date } : {})}
      onMouseEnter={() => hover(item.row.figureId, item.row.figureIds)}
      onMouseLeave={() => unhover(item.row.figureId)}
    >
      <button type="button" className="key-figure-button" onClick={show} onFocus={() => hover(item.row.figureId, item.row.figureIds)} onBlur={() => unhover(item.row.figureId)}>
        <span className="key-figure-name">
          {name}
          {what && <span className="key-figure-what">{what}</span>}
        </span>
        <span className={`key-figure-value${item.row.qualifier !== 'exact' ? ' is-approx' : ''}`}>{value}</span>
        {date && <span className="key-figure-date">{date}</span>}
        <span className="key-figure-moves">
          {item.changes.map((m) => (
            <Move key={m.row.key} move={m} script={style.script} />
          ))}
        </span>
      </button>
      {fact.subject !== 'unknown' && <OpenSeriesButton subject={fact.subject} measure={fact.measure} short />}
    </li>
  );
}

function Move({ move, script }: { move: UnitRow; script: 'hant' | 'hans' }) {
  const { row } = move;
  const direction = row.value > 0 ? 'is-up' : row.value < 0 ? 'is-down' : '';
  return <span className={`key-figure-move ${direction}`}>{formatValue(row, { ...move, moves: true }, script)}</span>;
}
