import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageFigure } from '../annotate';
import { annotatePage } from '../annotate';
import type { FigureFact, Measure, Role, SubjectKind } from '../facts/fact';
import { figureFacts } from '../facts/facts';
import type { FigureUnit } from '../figures';
import { parsePage } from '../page';
import { within } from '../span';
import { articleFigures, type ArticleFigures } from './article-charts';

const SUBJECTS: readonly [string, SubjectKind][] = [
  ['index:HSI', 'index'], ['index:SSEC', 'index'], ['HK:00700', 'stock'], ['HK:03690', 'stock'], ['gold', 'commodity'], ['us-gdp', 'economy'], ['openai', 'company'],
];
const MEASURES: readonly Measure[] = ['level', 'price', 'change', 'change-percent', 'valuation', 'revenue', 'profit', 'count', 'probability', 'market-cap', 'other'];
const UNITS: readonly FigureUnit[] = ['points', 'percent', 'USD', 'HKD', 'count'];
const ROLES: readonly Role[] = ['actual', 'expected', 'prior'];
const DATES = [undefined, '2024', '2024-Q4', '2024-10', '2025-01-31', '2025-W05', '2024-02-10/2025-01-28'];

/** A figure and its fact, anything a page could give (within a small vocabulary, so groups form). */
const cited = fc.record({
  subject: fc.constantFrom(...SUBJECTS),
  measure: fc.constantFrom(...MEASURES),
  unit: fc.constantFrom(...UNITS),
  measureWord: fc.constantFrom(undefined, '款', '只'),
  value: fc.constantFrom(1, 2.5, 20, 250, 500, 1000, 20225),
  to: fc.option(fc.constantFrom(30, 1200), { nil: undefined }),
  move: fc.constantFrom(undefined, 'up' as const, 'down' as const),
  date: fc.constantFrom(...DATES),
  role: fc.constantFrom(...ROLES),
  part: fc.constantFrom(undefined, 'A', 'B與C'),
  each: fc.boolean(),
  kind: fc.constantFrom(undefined, 'close' as const, 'threshold' as const),
  block: fc.constantFrom('b1', 'b2'),
});

type Cited = typeof cited extends fc.Arbitrary<infer T> ? T : never;

function page(items: Cited[]): { figures: PageFigure[]; facts: Map<string, FigureFact> } {
  const figures: PageFigure[] = [];
  const facts = new Map<string, FigureFact>();
  items.forEach((x, i) => {
    const id = `f${i * 10}`;
    figures.push({
      id, blockId: x.block, span: { start: i * 10, end: i * 10 + 5 }, value: x.value, ...(x.to !== undefined ? { valueTo: x.to } : {}), unit: x.unit,
      ...(x.unit === 'count' && x.measureWord ? { measureWord: x.measureWord } : {}), qualifier: 'exact', ...(x.move ? { move: x.move } : {}),
      ...(x.each ? { each: true } : {}), label: x.part ?? '', text: String(x.value), description: { hant: '', hans: '' },
    });
    facts.set(id, {
      subject: x.subject[0], subjectKind: x.subject[1], subjectName: x.subject[0], measure: x.measure, role: x.role,
      ...(x.date ? { date: x.date } : {}), ...(x.part ? { part: x.part } : {}), ...(x.kind ? { kind: x.kind } : {}),
    });
  });
  return { figures, facts };
}

/** The invariants every article's charts keep, whatever its figures. */
function expectSound(drawn: ArticleFigures, figures: readonly PageFigure[], facts: ReadonlyMap<string, FigureFact>): void {
  const unitOf = (id: string) => {
    const f = figures.find((g) => g.id === id)!;
    return `${f.unit}|${f.perUnit ?? ''}|${f.unit === 'count' ? (f.measureWord ?? '') : ''}`;
  };
  for (const chart of drawn.charts) {
    // No chart has fewer than two points (a parts chart: its whole and two parts).
    expect(chart.rows.length).toBeGreaterThanOrEqual(chart.kind === 'parts' ? 3 : 2);
    const rowFacts = chart.rows.map((r) => facts.get(r.figureId)!);
    const subjects = new Set(rowFacts.map((f) => f.subject));
    expect([...subjects].sort()).toEqual([...chart.subjects].sort());
    expect(new Set(chart.subjects).size).toBe(chart.subjects.length);
    // One measure and one unit on every chart.
    expect(new Set(rowFacts.map((f) => f.measure))).toEqual(new Set([chart.measure]));
    expect(new Set(chart.rows.map((r) => unitOf(r.figureId))).size).toBe(1);
    // A series is one subject; so is a parts chart; levels and prices of different subjects never share an axis.
    if (chart.kind !== 'compare') expect(subjects.size).toBe(1);
    if (chart.measure === 'level' || chart.measure === 'price' || chart.measure === 'count' || chart.measure === 'other') expect(subjects.size).toBe(1);
    if (chart.kind === 'series') expect(new Set(rowFacts.map((f) => f.date)).size).toBe(chart.rows.length);
  }
  // Every figure is somewhere: on a chart, or a key figure (itself, linked to one, or a move beside one).
  const placed = new Set([
    ...drawn.charts.flatMap((c) => c.rows.flatMap((r) => r.figureIds)),
    ...drawn.keyFigures.flatMap((k) => [...k.row.figureIds, ...k.changes.flatMap((m) => m.row.figureIds)]),
  ]);
  for (const f of figures) expect(placed.has(f.id), f.id).toBe(true);
  // A fact is drawn once: no figure is the main figure of two points.
  const mains = [...drawn.charts.flatMap((c) => [...new Set(c.rows.map((r) => r.figureId))]), ...drawn.keyFigures.map((k) => k.row.figureId)];
  expect(new Set(mains).size).toBe(mains.length);
}

describe('charts drawn from facts, on any facts', () => {
  it('have two points or more, one measure and one unit, one subject per series, and place every figure once', () => {
    fc.assert(
      fc.property(fc.array(cited, { maxLength: 24 }), (items) => {
        const { figures, facts } = page(items);
        expectSound(articleFigures('a', figures, (id) => facts.get(id)), figures, facts);
      }),
      { numRuns: 600 },
    );
  });
});

const PIECES = [
  '恒指', '國指', '上證指數', '道指', '金價', '美國', 'GDP', '騰訊（00700）', '美團-W（03690）', 'OpenAI', '其中', '收報', '升', '跌',
  '升幅', '估值', '收入', '市值', '預期', '前值', '各', '1', '20225', '3.5', '兩萬', '億', '%', '點', '元', '美元', '港元', '款',
  '昨日', '第四季', '2024年10月', '龍年', '，', '。', '；', '\n\n',
];

describe('charts drawn from a page’s facts, on any financial text', () => {
  it('keep the same invariants', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')), (text) => {
        const parsed = parsePage(text);
        const annotations = annotatePage(parsed);
        const list = figureFacts(parsed, annotations, { pageDate: '2025-02-01' });
        const facts = new Map(annotations.figures.map((f, i) => [f.id, list[i]!]));
        for (const a of parsed.articles) {
          const figures = within(annotations.figures, a.span);
          const drawn = articleFigures(a.id, figures, (id) => facts.get(id), undefined, parsed.source);
          const known = figures.filter((f) => facts.get(f.id)!.subject !== 'unknown');
          expectSound(drawn, known.length === figures.length ? figures : figures, facts);
        }
      }),
      { numRuns: 300 },
    );
  });
});
