import type { PageFigure } from '../annotate';
import type { FigureFact } from '../facts/fact';
import { labelItems } from '../figures/items';
import { SUM_TOLERANCE } from './cited';
import { buildCharts, type Built } from './build-charts';
import type { ArticleChart, ArticleFigures, ChartRow, KeyFigure, RowRole, UnitRow } from './chart';
import { both, type ChartText } from './chart-text';
import { NO_CHOICES, type ChartChoices } from './choices';
import { onAxis, pointIds, type Cited, type FactPoint } from './cited';
import { shortDate, yearOf } from './fact-dates';
import { measureTitle, ROLE_WORDS, whatWords } from './titles';
import { mapFor } from '../page/text';
import type { CodePointMap } from '../text/code-points';

export type { ArticleChart, ArticleFigures, ChartKind, ChartRow, KeyFigure, RowRole, UnitRow } from './chart';

/** Each figure's fact, by figure id. */
export type FactOf = (figureId: string) => FigureFact | undefined;

/**
 * An article's charts and key figures, drawn from its figures' facts (`buildCharts`), with the
 * reader's choices marked on the rows: a figure taken off its chart keeps its row in the table,
 * so it can go back. `source` (the page's text) tells one company's listings apart by the words
 * before their figures (東航港股 / 美股); without it they are told apart by their order.
 *
 * @example
 * articleFigures('a1', figures, (id) => facts.get(id)).charts.map((c) => c.kind) // ['series', 'parts']
 */
export function articleFigures(articleId: string, figures: readonly PageFigure[], factOf: FactOf, choices: ChartChoices = NO_CHOICES, source?: string): ArticleFigures {
  const cited: Cited[] = [];
  const direction = source === undefined ? () => undefined : moveWords(source);
  for (const figure of figures) {
    const fact = factOf(figure.id);
    if (!fact) continue;
    // 跌幅1.5%, 跌300點或1.5%: the figure has no sign of its own; its clause says which way.
    const said = MOVES.has(fact.measure) && figure.move === undefined && fact.subjectKind !== 'economy' ? direction(figure) : undefined;
    cited.push({ figure: said ? { ...figure, move: said } : figure, fact });
  }
  const excluded = new Set(choices.excluded);
  const { charts, keys, moves } = buildCharts(cited);
  const listing = source === undefined ? () => undefined : listingWords(source);
  return {
    charts: charts.map((b) => toChart(articleId, b, excluded, listing)),
    keyFigures: keys.map((p) => ({
      id: `${articleId}-key-${p.main.figure.id}`,
      ...unitRow(p, keyLabel(p.main), 'bar', excluded),
      changes: (moves.get(p) ?? []).map((m) => unitRow(m, [], 'bar', excluded)),
      what: p.main.fact.subject === 'unknown' ? [] : whatWords(p.main.fact),
    })),
  };
}

/** The charts alone (for what only needs to know whether a figure is charted). */
export function articleCharts(articleId: string, figures: readonly PageFigure[], factOf: FactOf, choices: ChartChoices = NO_CHOICES, source?: string): ArticleChart[] {
  return [...articleFigures(articleId, figures, factOf, choices, source).charts];
}

function row(p: FactPoint, label: ChartText, role: RowRole, excluded: ReadonlySet<string>, key = p.main.figure.id): ChartRow {
  const f = p.main.figure;
  return {
    key,
    figureId: f.id,
    figureIds: pointIds(p),
    label,
    value: onAxis(f, f.value),
    valueTo: f.valueTo !== undefined ? onAxis(f, f.valueTo) : undefined,
    qualifier: f.qualifier,
    ...(f.move ? { move: f.move } : {}),
    text: f.text,
    role,
    fact: p.main.fact,
    included: !excluded.has(f.id),
  };
}

function unitRow(p: FactPoint, label: ChartText, role: RowRole, excluded: ReadonlySet<string>): UnitRow {
  const f = p.main.figure;
  return { row: row(p, label, role, excluded), unit: f.unit, measureWord: f.measureWord, perUnit: f.perUnit };
}

/** A key figure's name: its subject as the text names it (and the part, 其中ChatGPT). */
function keyLabel(c: Cited): ChartText {
  const name = c.fact.subjectName || c.figure.label;
  return c.fact.part ? [name, both('·'), c.fact.part] : [name];
}

function toChart(articleId: string, b: Built, excluded: ReadonlySet<string>, listing: (c: Cited) => string | undefined): ArticleChart {
  const first = b.points[0]!.main;
  const rows: ChartRow[] = [];
  if (b.kind === 'series') {
    const years = new Set(b.points.map((p) => yearOf(p.main.fact.date!)));
    for (const p of b.points) {
      const role = p.main.fact.role;
      const said = role === 'actual' ? [] : [both('（'), ROLE_WORDS[role], both('）')];
      rows.push(row(p, [shortDate(p.main.fact.date!, years.size > 1), ...said], 'point', excluded));
    }
  } else if (b.kind === 'parts') {
    const [whole, ...parts] = b.points;
    rows.push(row(whole!, [measureTitle(whole!.main.fact.measure, whole!.main.fact.subjectKind)], 'total', excluded));
    for (const p of parts) {
      const name = p.main.fact.part ?? p.main.figure.label;
      const items = p.main.figure.each ? labelItems(name) : [name];
      items.forEach((item, i) => rows.push(row(p, [item], 'part', excluded, i === 0 ? p.main.figure.id : `${p.main.figure.id}.${i}`)));
    }
  } else if (b.roles) {
    for (const p of b.points) rows.push(row(p, [ROLE_WORDS[p.main.fact.role]], 'bar', excluded));
  } else {
    const names = new Map<string, string>();
    const count = new Map<string, number>();
    for (const p of b.points) {
      const s = p.main.fact.subject;
      if (!names.has(s)) names.set(s, p.main.fact.subjectName || p.main.figure.label);
      count.set(s, (count.get(s) ?? 0) + 1);
    }
    b.points.forEach((p, i) => {
      const s = p.main.fact.subject;
      const name = names.get(s)!;
      const twice = (count.get(s) ?? 0) > 1;
      const where = twice ? (listing(p.main) ?? String(i + 1)) : undefined;
      rows.push(row(p, where ? [name, both('（'), where, both('）')] : [name], 'bar', excluded));
    });
  }
  const subjects = [...new Set(b.points.map((p) => p.main.fact.subject))];
  // Moves across subjects are written with their signs (+3.2%, -1.5%).
  const moves = MOVES.has(first.fact.measure) && !b.roles;
  return {
    id: `${articleId}-${b.kind}-${first.figure.id}`,
    articleId,
    kind: b.kind,
    measure: first.fact.measure,
    subjects,
    unit: first.figure.unit,
    measureWord: first.figure.measureWord,
    perUnit: first.figure.perUnit,
    ...(moves ? { moves: true as const } : {}),
    ...(b.roles ? { roles: true as const } : {}),
    title: b.title,
    rows,
  };
}

const MOVES = new Set(['change', 'change-percent']);
const MOVE_WORD = /(下跌|下滑|下降|回落|跌|降|減|减|上升|上漲|上涨|反彈|反弹|升|漲|涨|增)/g;
const DOWN = /跌|滑|降|落|減|减/;
/** What ends a figure's clause, and its sentence, looking back from it. */
const CLAUSE_STOPS = '，,；;。！？\n';
const SENTENCE_STOPS = '。！？\n';

/**
 * The page's text from the start of the figure's clause (or sentence: `stops`), at most `reach`
 * characters back, to the figure. Read in place through the page's code-point map (kept for the
 * last page seen), never by copying the page for each article.
 */
function textBefore(source: string, map: CodePointMap, f: PageFigure, stops: string, reach = Infinity): string {
  const start = f.span.start;
  let from = start;
  while (from > 0 && start - from < reach && !stops.includes(source.charAt(map.toUnit(from - 1)))) from--;
  return source.slice(map.toUnit(from), map.toUnit(start));
}

/** Which way the clause before a figure says it moved: the last move word in it, if any. */
function moveWords(source: string): (f: PageFigure) => 'up' | 'down' | undefined {
  const map = mapFor(source);
  return (f) => {
    const word = [...textBefore(source, map, f, CLAUSE_STOPS, 30).matchAll(MOVE_WORD)].at(-1)?.[0];
    return word === undefined ? undefined : DOWN.test(word) ? 'down' : 'up';
  };
}

/** Market words that tell one company's listings apart (東航港股 / 美股). */
const LISTING = /港股|H股|A股|美股|ADR|美國預託證券|美国预托证券/g;

/** The last listing word in a figure's sentence before it, read in the page's text. */
function listingWords(source: string): (c: Cited) => string | undefined {
  const map = mapFor(source);
  return (c) => [...textBefore(source, map, c.figure, SENTENCE_STOPS).matchAll(LISTING)].at(-1)?.[0];
}

/** Whether a figure is on one of these charts now (not just listed in a table). */
export function isCharted(charts: readonly ArticleChart[], figureId: string): boolean {
  return charts.some((c) => c.rows.some((r) => r.figureIds.includes(figureId) && r.included));
}

/** The chart showing a figure (clicked in the text), if any. */
export function chartForFigure(charts: readonly ArticleChart[], figureId: string): ArticleChart | undefined {
  return charts.find((c) => c.rows.some((r) => r.figureIds.includes(figureId)));
}

/** The key figure a figure stands in (itself, a repeat, or one of its moves), if any. */
export function keyFigureFor(keys: readonly KeyFigure[], figureId: string): KeyFigure | undefined {
  return keys.find((k) => k.row.figureIds.includes(figureId) || k.changes.some((m) => m.row.figureIds.includes(figureId)));
}

/** The row of a chart that a figure is on, and the figure the reader's choice for it names. */
export function rowForFigure(charts: readonly ArticleChart[], figureId: string): ChartRow | undefined {
  for (const c of charts) for (const r of c.rows) if (r.figureIds.includes(figureId)) return r;
  return undefined;
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
      if (chart.kind === 'parts' && r.role === 'part') {
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
