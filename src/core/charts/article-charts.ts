import type { PageFigure } from '../annotate';
import { chartGroups, SUM_TOLERANCE, type ChartGroup, type Figure, type FigureUnit, type Qualifier } from '../figures';
import { NO_CHOICES, type ChartChoices } from './choices';

/** A part-of-whole chart's total; its parts; one point of a timeline; one bar of a comparison. */
export type RowRole = 'total' | 'part' | 'point' | 'bar';

/** One figure as a chart row. An `each` figure (各250億) gives one row per item it names. */
export interface ChartRow {
  /** Unique within the chart (an `each` figure's rows share a figure id). */
  readonly key: string;
  readonly figureId: string;
  /** Page text, in the page's script: convert for display. */
  readonly label: string;
  /** Normalised; on a chart of moves a fall is negative (跌300點 → −300). */
  readonly value: number;
  readonly valueTo?: number | undefined;
  readonly qualifier: Qualifier;
  /** The figure rose or fell (升2.5%): written with its sign even beside levels. */
  readonly move?: Figure['move'];
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; only timelines show it. */
  readonly date?: string | undefined;
  /** The figure as the page wrote it. */
  readonly text: string;
  readonly role: RowRole;
  /** False when the reader took it off the chart: the table still lists it, to put it back. */
  readonly included: boolean;
}

/** One chart of an article: figures of one unit (never two on one axis), in a kind of view. */
export interface ArticleChart {
  /** Stable while the article's figures are: article, kind and first figure. */
  readonly id: string;
  readonly articleId: string;
  readonly kind: ChartGroup['kind'];
  readonly unit: FigureUnit;
  readonly measureWord?: string | undefined;
  readonly perUnit?: string | undefined;
  /** The figures are moves (升40美元), not levels. */
  readonly moves?: true;
  /** Page text, in the page's script. */
  readonly title: string;
  readonly rows: readonly ChartRow[];
}

/** A figure's amount as its chart row holds it: a fall or a loss below zero, next to the rises. */
const onAxis = (f: Pick<Figure, 'move' | 'loss'>, v: number) => (f.move === 'down' || f.loss ? -v : v);

/** The page figure a chart group holds (groups hold the page's figures, or copies relabelled per item). */
const idOf = (f: Figure) => (f as PageFigure).id;

/**
 * An article's charts: the chart model's groups of its figures (`chartGroups`), the reader's
 * exclusions marked on their rows (a chart keeps its shape and its table keeps the row, so the
 * figure can go back), and the figures the reader added that the model leaves out (a repeat of a
 * figure already charted) grouped the same way after them. A figure both added and removed is
 * removed.
 */
export function articleCharts(articleId: string, figures: readonly PageFigure[], choices: ChartChoices = NO_CHOICES): ArticleChart[] {
  const excluded = new Set(choices.excluded);
  const groups = chartGroups(figures);
  const grouped = new Set(groups.flatMap((g) => [...g.figures, ...(g.total ? [g.total] : [])].map(idOf)));
  const wanted = new Set(choices.included);
  const extras = figures.filter((f) => !grouped.has(f.id) && wanted.has(f.id) && !excluded.has(f.id));
  return [...groups, ...chartGroups(extras)].map((g) => toChart(articleId, g, excluded));
}

function toChart(articleId: string, g: ChartGroup, excluded: ReadonlySet<string>): ArticleChart {
  const seen = new Map<string, number>();
  const row = (f: Figure, role: RowRole): ChartRow => {
    const id = idOf(f);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return {
      key: n === 0 ? id : `${id}.${n}`,
      figureId: id,
      label: f.label,
      value: onAxis(f, f.value),
      valueTo: f.valueTo !== undefined ? onAxis(f, f.valueTo) : undefined,
      qualifier: f.qualifier,
      ...(f.move ? { move: f.move } : {}),
      date: f.date,
      text: f.text,
      role,
      included: !excluded.has(id),
    };
  };
  const role: RowRole = g.kind === 'partOfWhole' ? 'part' : g.kind === 'timeline' ? 'point' : 'bar';
  const rows = [...(g.total ? [row(g.total, 'total')] : []), ...g.figures.map((f) => row(f, role))];
  const first = g.total ?? g.figures[0]!;
  return {
    id: `${articleId}-${g.kind}-${idOf(first)}`,
    articleId,
    kind: g.kind,
    unit: g.unit,
    measureWord: first.measureWord,
    perUnit: first.perUnit,
    ...(g.moves ? { moves: g.moves } : {}),
    title: g.title,
    rows,
  };
}

/** Whether a figure is on one of these charts now (not just listed in a table). */
export function isCharted(charts: readonly ArticleChart[], figureId: string): boolean {
  return charts.some((c) => c.rows.some((r) => r.figureId === figureId && r.included));
}

/**
 * The chart to show for a figure clicked in the text: the one listing it, else (a repeat the
 * model leaves out) the one charting the same amount in the same unit.
 */
export function chartForFigure(
  charts: readonly ArticleChart[],
  figure: { readonly id: string; readonly value: number; readonly unit: FigureUnit; readonly move?: Figure['move']; readonly loss?: Figure['loss'] },
): ArticleChart | undefined {
  const value = onAxis(figure, figure.value);
  return (
    charts.find((c) => c.rows.some((r) => r.figureId === figure.id)) ??
    charts.find((c) => c.unit === figure.unit && c.rows.some((r) => r.value === value))
  );
}

/** A bar's extent on the value axis: from zero (or its range's low end) to its value. */
export interface PlotRow extends ChartRow {
  readonly extent: readonly [number, number];
}

/**
 * What a chart plots: its included rows with their extents. Parts of a whole are laid end to
 * end after the total's bar (a waterfall: 1000億 = 500億 + 250億 + 250億), so their lengths
 * visibly add up to it; ranges float from one end to the other.
 */
export function plotRows(chart: ArticleChart): PlotRow[] {
  let offset = 0;
  return chart.rows
    .filter((r) => r.included)
    .map((r) => {
      if (chart.kind === 'partOfWhole' && r.role === 'part') {
        const extent = [offset, offset + r.value] as const;
        offset += r.value;
        return { ...r, extent };
      }
      const to = r.valueTo ?? 0;
      return { ...r, extent: [Math.min(r.value, to), Math.max(r.value, to)] as const };
    });
}

/** Whether the included parts add up to the included total (to within rounding). */
export function partsAddUp(chart: ArticleChart): boolean {
  const rows = chart.rows.filter((r) => r.included);
  const total = rows.find((r) => r.role === 'total');
  const parts = rows.filter((r) => r.role === 'part');
  if (!total || parts.length === 0) return false;
  const sum = parts.reduce((s, r) => s + r.value, 0);
  return Math.abs(sum - total.value) <= Math.abs(total.value) * SUM_TOLERANCE;
}
