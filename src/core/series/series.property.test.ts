import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelKind, Measure, Role } from '../facts/fact';
import type { FigureIndex, IndexedFact, PageFigures } from './figure-index';
import { series } from './series';
import { stockFigures } from './stock-figures';

const SUBJECTS = ['index:HSI', 'HK:00700', 'gold'] as const;
const MEASURES: readonly Measure[] = ['level', 'price', 'change-percent', 'target-price', 'revenue'];
const KINDS: readonly (LevelKind | undefined)[] = [undefined, 'close', 'high', 'low', 'threshold'];
const ROLES: readonly Role[] = ['actual', 'expected', 'prior'];
const DATES = [null, '2024', '2024-Q4', '2025-01', '2025-01-27', '2025-02-03', '2025-W06', '2025-H1'] as const;

const fact: fc.Arbitrary<IndexedFact> = fc.record({
  subject: fc.constantFrom(...SUBJECTS),
  measure: fc.constantFrom(...MEASURES),
  kind: fc.constantFrom(...KINDS),
  who: fc.constantFrom(undefined, '花旗', '大行'),
  value: fc.constantFrom(100, 415, 20225, 2.3),
  negative: fc.constantFrom(undefined, true as const),
  date: fc.constantFrom(...DATES),
  role: fc.constantFrom(...ROLES),
  start: fc.nat(500),
}).map(({ kind, who, negative, ...f }) => ({
  ...f,
  ...(kind ? { kind } : {}),
  ...(who ? { who } : {}),
  ...(negative ? { negative } : {}),
  subjectKind: 'other' as const,
  name: f.subject,
  unit: 'points' as const,
  articleId: 'a0',
  figureId: `f${f.start}`,
  sentence: [f.start, f.start + 5] as const,
}));

const page: fc.Arbitrary<PageFigures> = fc.record({
  pageId: fc.string({ minLength: 1, maxLength: 4 }),
  pageDate: fc.date({ min: new Date('2023-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  facts: fc.array(fact, { maxLength: 12 }),
}).map((p) => ({ ...p, script: 'hant' as const, articles: {} }));

const library: fc.Arbitrary<FigureIndex> = fc.array(page, { maxLength: 8 }).map((pages) => ({ pages }));

describe('series, over any library', () => {
  it('orders its points by date, mixes no subjects or measures, and loses no citation', () => {
    fc.assert(
      fc.property(library, fc.constantFrom(...SUBJECTS), fc.constantFrom(...MEASURES), (index, subject, measure) => {
        const s = series(index, subject, measure);
        const days = s.points.map((p) => p.day);
        expect(days).toEqual([...days].sort());
        for (const p of s.points) expect(p.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const cited = index.pages.flatMap((pg) => pg.facts.filter((f) => f.subject === subject && f.measure === measure).map((f) => `${pg.pageId}|${f.figureId}`));
        const sources = s.points.flatMap((p) => p.sources.map((x) => `${x.pageId}|${x.figureId}`));
        expect(sources.sort()).toEqual(cited.sort());
        // One line never mixes kinds or roles; one point never mixes values.
        for (const p of s.points) expect(s.lines.find((l) => l.key === p.line)).toMatchObject({ role: p.role, ...(p.kind ? { kind: p.kind } : {}) });
      }),
      { numRuns: 300 },
    );
  });

  it('merges only what is the same fact', () => {
    fc.assert(
      fc.property(library, fc.constantFrom(...SUBJECTS), fc.constantFrom(...MEASURES), (index, subject, measure) => {
        const s = series(index, subject, measure);
        const ids = s.points.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of s.points) {
          for (const src of p.sources) {
            const pg = index.pages.find((x) => x.pageId === src.pageId && x.pageDate === src.pageDate)!;
            const f = pg.facts.find((x) => x.figureId === src.figureId && x.subject === subject && x.measure === measure && x.value === p.value && (x.date ?? pg.pageDate) === p.date);
            expect(f).toBeDefined();
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a stock's figures are all about that stock and what each claims to be", () => {
    fc.assert(
      fc.property(library, (index) => {
        const f = stockFigures(index, 'HK:00700');
        const all = [f.price, f.move, ...f.targets, ...f.results].filter((x) => x !== undefined);
        for (const c of all) expect(c.point.sources.length).toBeGreaterThan(0);
        expect(f.targets.every((t) => t.measure === 'target-price')).toBe(true);
        expect(new Set(f.targets.map((t) => t.point.who ?? '')).size).toBe(f.targets.length);
        expect(f.results.every((r) => r.measure === 'revenue' || r.measure === 'profit')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
