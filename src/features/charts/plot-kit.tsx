import type { BarShapeProps } from 'recharts';
import { formatTick, formatValue } from '../../core/charts/format';
import type { ArticleChart, PlotRow } from '../../core/charts/article-charts';
import { rowLabel, type TableStyle } from '../../core/charts/table';
import { niceTicks } from '../../core/charts/ticks';
import type { Script } from '../../core/script';
import { useFigureFocus } from '../../store/figure-focus';
import { useTableStyle } from './useTableStyle';

/** Colours, as CSS classes (`c0` … `c4`) whose values charts.css sets for light and dark. */
export const PALETTE_SIZE = 5;
const FONT = 12;

/** What a plotted bar carries besides its extent. */
export interface BarDatum {
  readonly key: string;
  readonly figureId: string;
  readonly row: PlotRow;
  readonly extent: readonly [number, number];
  /**
   * Category label on the axis, and the value at the bar's end (hedged, formatted), as the plot
   * measures them: in the page's own script. Converting never changes a text's width here (one
   * Han character for one), so the plot's geometry is the same in either script; what is drawn
   * is `PlotText`, which follows the toggle by itself.
   */
  readonly label: string;
  readonly valueLabel: string;
  readonly approx: boolean;
  readonly color: number;
  /** Extra classes: a rise or a fall (is-up, is-down), an expected or a prior value. */
  readonly tone: string;
}

/** Rough width of a label in px at the chart font: a Han character is an em, capitals ⅔, the rest about half. */
export function textWidth(text: string, size = FONT): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? size : /[A-Z%]/.test(ch) ? size * 0.68 : size * 0.58;
  return w;
}

/** A label cut to fit a width, with … when cut. */
export function fitText(text: string, width: number, size = FONT): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * Round ticks for a value axis of `length` px: as many as fit (at most six) without labels
 * crowding, across (labels side by side) or along a vertical axis (a line of text apart).
 */
export function axisTicks(lo: number, hi: number, length: number, label: (v: number) => string, across: boolean): number[] {
  for (let max = 6; max > 3; max--) {
    const ticks = niceTicks(lo, hi, max);
    const room = length / Math.max(ticks.length - 1, 1);
    const need = across ? Math.max(...ticks.map((v) => textWidth(label(v)))) + 12 : 2.4 * FONT;
    if (room >= need) return ticks;
  }
  return niceTicks(lo, hi, 3);
}

/** A row's category label, as the axis shows it. */
export const labelOf = (_chart: ArticleChart, row: PlotRow, style: TableStyle): string => rowLabel(row, style);

/** A row's value, as its bar's label shows it. */
export const valueOf = (chart: ArticleChart, row: PlotRow, style: TableStyle): string => formatValue(row, chart, style.script);

/**
 * Text inside a plot that follows the script toggle by itself. The plot around it (recharts'
 * whole tree) depends on nothing that a toggle changes, so a toggle re-renders these leaves and
 * nothing else: the charts switch in the click's own frame, at the cost of a few text nodes.
 */
export function PlotText({ source, text, fit }: { source: Script; text: (style: TableStyle) => string; fit?: number }) {
  const shown = text(useTableStyle(source));
  return fit === undefined ? shown : fitText(shown, fit);
}

/** Hatching for approximate bars, one pattern per palette colour; ids unique to the chart. */
export function Hatches({ uid }: { uid: string }) {
  return (
    <defs>
      {Array.from({ length: PALETTE_SIZE }, (_, c) => (
        <pattern key={c} id={`${uid}-h${c}`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" className={`hatch-bg c${c}`} />
          <line x1="0" y1="0" x2="0" y2="6" className={`hatch-line c${c}`} />
        </pattern>
      ))}
    </defs>
  );
}

interface ShapeOptions {
  chart: ArticleChart;
  source: Script;
  uid: string;
  /** Where the value label goes: after the bar's end (horizontal bars) or above it (columns). */
  labelAt: 'end' | 'top';
  hovered: string | undefined;
  active: string | undefined;
}

/**
 * A bar with its value label. Approximate figures are hatched and outlined with dashes;
 * the hovered and the active figure are outlined. Pointing at a bar lights up its sentence in
 * the text; clicking it brings that sentence into view.
 */
export function barShape({ chart, source, uid, labelAt, hovered, active }: ShapeOptions) {
  return function BarWithLabel(props: BarShapeProps) {
    const d = props.payload as BarDatum;
    const x = Math.min(props.x, props.x + props.width);
    const y = Math.min(props.y, props.y + props.height);
    const width = Math.max(Math.abs(props.width), 1);
    const height = Math.abs(props.height);
    const state = d.figureId === active ? ' is-active' : d.figureId === hovered ? ' is-hot' : '';
    const { hover, unhover } = useFigureFocus.getState();
    const linked = d.row.figureIds;
    const show = () => document.querySelector(`[data-figure-id="${CSS.escape(d.figureId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const value = <PlotText source={source} text={(style) => valueOf(chart, d.row, style)} />;
    return (
      <g className="chart-bar-group" onMouseEnter={() => hover(d.figureId, linked)} onMouseLeave={() => unhover(d.figureId)} onClick={show}>
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={2}
          className={`chart-bar c${d.color}${d.tone}${d.approx ? ' is-approx' : ''}${state}`}
          style={d.approx ? { fill: `url(#${uid}-h${d.color})` } : undefined}
          data-figure-id={d.figureId}
          data-row-key={d.key}
        />
        {labelAt === 'end' && d.row.value < 0 ? (
          // A fall's value at its bar's left end, away from the zero line.
          <text x={x - 5} y={y + height / 2} dy="0.35em" textAnchor="end" className="chart-value">
            {value}
          </text>
        ) : labelAt === 'end' ? (
          <text x={x + width + 5} y={y + height / 2} dy="0.35em" className="chart-value">
            {value}
          </text>
        ) : (
          <text x={x + width / 2} y={y - 6} textAnchor="middle" className="chart-value">
            {value}
          </text>
        )}
      </g>
    );
  };
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
}

/** A category tick: the row's label (not its key), cut to the axis width, in full on hover. */
export function categoryTick(chart: ArticleChart, source: Script, rows: ReadonlyMap<string, PlotRow>, width: number, anchor: 'end' | 'middle') {
  return function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
    const row = rows.get(String(payload?.value));
    const text = (style: TableStyle) => (row ? labelOf(chart, row, style) : String(payload?.value ?? ''));
    return (
      <g>
        <title>
          <PlotText source={source} text={text} />
        </title>
        {anchor === 'middle' ? (
          // Under a column or a point: a date on one line, what it is (（預期）) on the next.
          <text x={Number(x)} y={Number(y)} dy="1em" textAnchor="middle" className="chart-tick">
            <tspan>
              <PlotText source={source} text={(style) => text(style).split('（')[0]!} fit={width} />
            </tspan>
            <tspan x={Number(x)} dy="1.2em">
              <PlotText source={source} text={(style) => (text(style).includes('（') ? `（${text(style).split('（').slice(1).join('（')}` : '')} fit={width} />
            </tspan>
          </text>
        ) : (
          <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" className="chart-tick">
            <PlotText source={source} text={text} fit={width} />
          </text>
        )}
      </g>
    );
  };
}

/**
 * A value axis tick (`750億`, `2.5%`), placed as recharts places its own (the anchors it passes
 * in), its words following the script toggle by themselves.
 */
export function valueTick(chart: ArticleChart, source: Script) {
  return function ValueTick({ x = 0, y = 0, payload, textAnchor = 'middle', verticalAnchor = 'middle' }: TickProps) {
    const value = Number(payload?.value);
    const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : undefined;
    return (
      <text x={Number(x)} y={Number(y)} dy={dy} textAnchor={textAnchor} className="recharts-cartesian-axis-tick-value">
        <PlotText source={source} text={(style) => formatTick(value, chart, style.script)} />
      </text>
    );
  };
}
