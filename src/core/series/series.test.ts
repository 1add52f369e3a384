import { describe, expect, it } from 'vitest';
import day1 from '../../../e2e/pages/series-2025-01-28.txt?raw';
import day2 from '../../../e2e/pages/series-2025-02-04.txt?raw';
import day3 from '../../../e2e/pages/series-2025-02-11.txt?raw';
import { pageDateFromText } from '../facts/page-date';
import { pageFigures, type FigureIndex } from './figure-index';
import { series } from './series';
import { latestMovePercent, stockFigures } from './stock-figures';

const texts = { d1: day1, d2: day2, d3: day3 };
const index = (dates: Partial<Record<keyof typeof texts, string>> = {}, extra: { id: string; source: string; pageDate: string }[] = []): FigureIndex => ({
  pages: [
    ...Object.entries(texts).map(([id, source]) => pageFigures({ id, source, pageDate: dates[id as keyof typeof texts] ?? pageDateFromText(source)! })),
    ...extra.map((p) => pageFigures(p)),
  ],
});

describe('series', () => {
  it("places every 恒指 close the pages cite by its date, told apart from thresholds and support levels", () => {
    const s = series(index(), 'index:HSI', 'level');
    const closes = s.points.filter((p) => p.kind === 'close').map((p) => [p.date, p.value, p.sources[0]!.pageId]);
    expect(closes).toEqual([
      ['2025-01-27', 20225, 'd1'],
      ['2025-02-03', 19850, 'd2'],
      ['2025-02-10', 20530, 'd3'],
    ]);
    const thresholds = s.points.filter((p) => p.kind === 'threshold').map((p) => [p.date, p.value]);
    expect(thresholds).toEqual([
      ['2025-01-28', 20000],
      ['2025-02-04', 20000],
    ]);
    expect(new Set(s.lines.map((l) => l.key))).toEqual(new Set(['close|actual|points', 'threshold|actual|points', 'value|actual|points']));
    expect(s.name).toBe('恒指');
    expect(s.points.map((p) => p.day)).toEqual([...s.points.map((p) => p.day)].sort());
  });

  it('carries who set each target price, one line per broker', () => {
    const s = series(index(), 'HK:00700', 'target-price');
    expect(s.points.map((p) => [p.day, p.value, p.who])).toEqual([
      ['2025-01-27', 560, '花旗'],
      ['2025-02-03', 580, '摩根士丹利'],
      ['2025-02-10', 600, '花旗'],
    ]);
    expect(s.lines.map((l) => [l.who, l.count])).toEqual([
      ['花旗', 2],
      ['摩根士丹利', 1],
    ]);
    expect(new Set(s.points.map((p) => p.line))).toEqual(new Set(s.lines.map((l) => l.key)));
  });

  it('makes a target price reprinted by another page one point with two sources, apart from another broker’s same price', () => {
    // A later page reprints d1's market report (its 昨日 still 27 January) and adds 瑞銀's target.
    const reprint = { id: 'r', source: '港股速遞\n\n2025年1月29日\n\n【本報訊】1月27日，恒指收報20225點。騰訊控股（00700）收報415元，升2.3%。花旗將騰訊目標價定為560元，維持買入評級。瑞銀將騰訊目標價定為560元。', pageDate: '2025-01-29' };
    const s = series(index({}, [reprint]), 'HK:00700', 'target-price');
    const citi = s.points.filter((p) => p.who === '花旗' && p.value === 560);
    expect(citi).toHaveLength(1);
    expect(citi[0]!.sources.map((x) => x.pageId)).toEqual(['d1', 'r']);
    expect(s.lines.map((l) => l.who)).toContain('瑞銀');
  });

  it('is made once per index, and kept while the facts it is made of are the same', () => {
    const one = index();
    const s = series(one, 'index:HSI', 'level');
    expect(series(one, 'index:HSI', 'level')).toBe(s);
    const elsewhere = { pages: [...one.pages, pageFigures({ id: 'x', source: '金價\n\n金價收報2,650美元。', pageDate: '2025-02-12' })] };
    expect(series(elsewhere, 'index:HSI', 'level')).toBe(s);
    const citing = { pages: [...one.pages, pageFigures({ id: 'y', source: '港股\n\n恒指2月12日收報20600點。', pageDate: '2025-02-12' })] };
    expect(series(citing, 'index:HSI', 'level').points.length).toBe(s.points.length + 1);
    expect(s.pages).toBe(3);
  });

  it('makes the same fact reprinted by two pages one point with two sources', () => {
    const reprint = { id: 'r', source: '港股回顧\n\n恒指1月27日收報20225點。', pageDate: '2025-02-01' };
    const s = series(index({}, [reprint]), 'index:HSI', 'level');
    const point = s.points.find((p) => p.kind === 'close' && p.value === 20225)!;
    expect(point.sources.map((x) => x.pageId)).toEqual(['d1', 'r']);
    expect(s.points.filter((p) => p.kind === 'close')).toHaveLength(3);
  });

  it('moves a relative date when the page date is corrected', () => {
    const s = series(index({ d3: '2025-02-18' }), 'index:HSI', 'level');
    const close = s.points.find((p) => p.kind === 'close' && p.value === 20530)!;
    expect(close.date).toBe('2025-02-17');
    expect(s.points.at(-1)).toBe(close);
  });

  it('draws falls below zero, and points each source at its sentence', () => {
    const s = series(index(), 'index:HSI', 'change');
    expect(s.points.map((p) => p.signed)).toEqual([438, -375, 680]);
    const src = s.points[1]!.sources[0]!;
    expect([...day2].slice(src.sentence[0], src.sentence[1]).join('')).toContain('跌375點');
    expect([...day2].slice(src.start, src.start + 3).join('')).toBe('375');
  });

  it('is empty for a subject the library never cites', () => {
    expect(series(index(), 'index:DJI', 'level').points).toEqual([]);
  });
});

describe('stockFigures', () => {
  it('says what the pages last said of 騰訊: price and move, targets by broker, results by period', () => {
    const f = stockFigures(index(), 'HK:00700');
    expect(f.price?.point).toMatchObject({ value: 438, date: '2025-02-10' });
    expect(f.price?.point.sources[0]?.pageId).toBe('d3');
    expect(f.move).toMatchObject({ measure: 'change-percent', point: { value: 5.2, signed: 5.2 } });
    expect(f.targets.map((t) => [t.point.who, t.point.value])).toEqual([
      ['花旗', 600],
      ['摩根士丹利', 580],
    ]);
    expect(f.results.map((r) => [r.measure, r.point.date, r.point.value])).toEqual([['revenue', '2024-Q4', 172_000_000_000]]);
    expect(latestMovePercent(f)).toBe(5.2);
  });

  it('knows nothing of a stock no page cites', () => {
    const f = stockFigures(index(), 'HK:09988');
    expect(f).toEqual({ subject: 'HK:09988', targets: [], results: [] });
    expect(latestMovePercent(f)).toBeUndefined();
  });
});
