import { useMemo } from 'react';
import { unitName } from '../../core/charts/format';
import type { ArticleChart } from '../../core/charts/article-charts';
import { chartTable, type TableStyle } from '../../core/charts/table';
import { useChartChoices } from '../../store/chart-choices';
import { useFigureFocus } from '../../store/figure-focus';
import { useT } from '../../shared/script/useScript';

interface Props {
  id: string;
  chart: ArticleChart;
  title: string;
  style: TableStyle;
  pageId: string;
  hovered: string | undefined;
  active: string | undefined;
}

/**
 * A chart's data as a table (text, so it can be read aloud, selected and copied): every row,
 * with a checkbox that puts the figure on the chart or takes it off. Pointing at a row lights
 * up its bar and its sentence in the text, like pointing at the bar does.
 */
export function ChartTable({ id, chart, title, style, pageId, hovered, active }: Props) {
  const t = useT();
  const setCharted = useChartChoices((s) => s.setCharted);
  const hover = useFigureFocus((s) => s.hover);
  const unhover = useFigureFocus((s) => s.unhover);
  const table = useMemo(() => chartTable(chart, style), [chart, style]);
  const [label, ...rest] = table.headers;

  return (
    <div className="chart-table-wrap">
      <table id={id} className="chart-table">
        <caption>
          {title}（{t('chartUnit')}：{unitName(chart, style.script)}）
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('chartShown')}</th>
            <th scope="col">{label}</th>
            {rest.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(({ row, cells }) => {
            const [item, ...values] = cells;
            const state = row.figureId === active ? ' is-active' : row.figureId === hovered ? ' is-hot' : '';
            return (
              <tr
                key={row.key}
                className={`${row.included ? '' : 'is-off'}${state}`}
                data-figure-id={row.figureId}
                onMouseEnter={() => hover(row.figureId)}
                onMouseLeave={() => unhover(row.figureId)}
              >
                <td className="chart-table-check">
                  <input
                    type="checkbox"
                    checked={row.included}
                    aria-label={`${t('chartOnChart')}：${item}`}
                    onChange={(e) => setCharted(pageId, row.figureId, e.target.checked)}
                    onFocus={() => hover(row.figureId)}
                    onBlur={() => unhover(row.figureId)}
                  />
                </td>
                <th scope="row">{item}</th>
                {values.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
