/**
 * How well the charts match an editor's (a hand-made truth): the share of the truth's charts
 * drawn exactly (kind, measure, subjects and points, each point with the figures it links) and
 * of its key figures listed exactly, and the charts drawn that the truth does not have.
 */
import { annotatePage } from '../annotate';
import { figureFacts } from '../facts/facts';
import type { FactTruth } from '../facts/truth/truth';
import { articleName, parsePage } from '../page';
import { within } from '../span';
import { articleFigures, type ArticleFigures } from './article-charts';

export interface ChartScore {
  readonly charts: number;
  readonly chartsRight: number;
  readonly keyFigures: number;
  readonly keyFiguresRight: number;
  /** Charts drawn that are not in the truth. */
  readonly extraCharts: number;
  readonly misses: readonly string[];
}

const at = (id: string) => Number(id.slice(1));
const pointKey = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join('+');
const chartKey = (kind: string, measure: string, subjects: readonly string[], points: readonly (readonly number[])[]) =>
  `${kind} ${measure} [${[...subjects].sort().join(' ')}] ${points.map(pointKey).sort().join(' ')}`;

/** The charts and key figures of a page's articles, keyed as the truth names them. */
export function drawnFigures(text: string, pageDate: string): Map<string, ArticleFigures> {
  const page = parsePage(text);
  const annotations = annotatePage(page);
  const facts = figureFacts(page, annotations, { pageDate });
  const byId = new Map(annotations.figures.map((f, i) => [f.id, facts[i]!]));
  return new Map(
    page.articles.map((a) => [articleName(page.source, a), articleFigures(a.id, within(annotations.figures, a.span), (id) => byId.get(id), undefined, page.source)]),
  );
}

export function scoreCharts(text: string, truth: FactTruth): ChartScore {
  const drawn = drawnFigures(text, truth.pageDate);
  let charts = 0;
  let chartsRight = 0;
  let keyFigures = 0;
  let keyFiguresRight = 0;
  let extraCharts = 0;
  const misses: string[] = [];
  for (const article of truth.articles ?? []) {
    const found = [...drawn].find(([name]) => name.startsWith(article.headline))?.[1];
    const got = new Set(found?.charts.map((c) => chartKey(c.kind, c.measure, c.subjects, c.rows.map((r) => r.figureIds.map(at)))) ?? []);
    const gotKeys = new Set(found?.keyFigures.map((k) => pointKey([...k.row.figureIds, ...k.changes.flatMap((m) => m.row.figureIds)].map(at))) ?? []);
    const want = new Set(article.charts.map((c) => chartKey(c.kind, c.measure, c.subjects, c.points)));
    for (const c of want) {
      charts++;
      if (got.has(c)) chartsRight++;
      else misses.push(`${article.headline}: chart missing ${c}`);
    }
    for (const c of got) {
      if (want.has(c)) continue;
      extraCharts++;
      misses.push(`${article.headline}: chart not in the truth ${c}`);
    }
    for (const k of article.keyFigures) {
      keyFigures++;
      if (gotKeys.has(pointKey(k))) keyFiguresRight++;
      else misses.push(`${article.headline}: key figure missing ${pointKey(k)}`);
    }
  }
  return { charts, chartsRight, keyFigures, keyFiguresRight, extraCharts, misses };
}

export function sumChartScores(scores: readonly ChartScore[]): ChartScore {
  const sum = (f: (s: ChartScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    charts: sum((s) => s.charts),
    chartsRight: sum((s) => s.chartsRight),
    keyFigures: sum((s) => s.keyFigures),
    keyFiguresRight: sum((s) => s.keyFiguresRight),
    extraCharts: sum((s) => s.extraCharts),
    misses: scores.flatMap((s) => s.misses),
  };
}
