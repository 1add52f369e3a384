import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import day1 from '../../../e2e/pages/series-2025-01-28.txt?raw';
import day2 from '../../../e2e/pages/series-2025-02-04.txt?raw';
import day3 from '../../../e2e/pages/series-2025-02-11.txt?raw';
import { pageDateFromText } from '../facts/page-date';
import { pageFigures } from './figure-index';
import { series } from './series';
import { seriesGeometry, tickWords, timeTicks } from './series-geometry';

const BOX = { width: 600, height: 260, top: 16, right: 20, bottom: 24, left: 64 };
const hsi = series({ pages: [day1, day2, day3].map((source, i) => pageFigures({ id: `d${i + 1}`, source, pageDate: pageDateFromText(source)! })) }, 'index:HSI', 'level');

describe('seriesGeometry', () => {
  const g = seriesGeometry(hsi, BOX);

  it('draws the closes joined, oldest first, and the thresholds as marks alone', () => {
    const closes = g.lines.find((l) => l.line.kind === 'close')!;
    expect(closes.points.map((p) => p.point.value)).toEqual([20225, 19850, 20530]);
    expect(closes.path).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(g.lines.find((l) => l.line.kind === 'threshold')!.path).toBe('');
  });

  it('places later days further right and higher values higher, inside the box', () => {
    const closes = g.lines.find((l) => l.line.kind === 'close')!.points;
    expect(closes[0]!.x).toBeLessThan(closes[1]!.x);
    expect(closes[1]!.x).toBeLessThan(closes[2]!.x);
    // 19,850 (lowest) sits lowest: the largest y.
    expect(closes[1]!.y).toBeGreaterThan(closes[0]!.y);
    expect(closes[2]!.y).toBeLessThan(closes[0]!.y);
    for (const p of g.lines.flatMap((l) => l.points)) {
      expect(p.x).toBeGreaterThanOrEqual(BOX.left);
      expect(p.x).toBeLessThanOrEqual(BOX.width - BOX.right);
      expect(p.y).toBeGreaterThanOrEqual(BOX.top);
      expect(p.y).toBeLessThanOrEqual(BOX.height - BOX.bottom);
    }
  });

  it('ticks each day when there are few (not two touching), in the table\'s words, and round values spanning them all', () => {
    const days = [...new Set(hsi.points.map((p) => p.day))].sort();
    const wide = seriesGeometry(hsi, { ...BOX, width: 2000 }).xTicks;
    expect(wide.map((t) => t.date)).toEqual(days);
    const words = days.map((d) => d.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'));
    expect(words[0]).toBe('2025年1月27日');
    expect(wide.map((t) => t.label.hant)).toEqual(words);
    expect(wide.map((t) => t.label.hans)).toEqual(words);
    // Narrower, days side by side would write over each other: the later one is left out.
    for (const width of [600, 340]) {
      const ticks = seriesGeometry(hsi, { ...BOX, width }).xTicks;
      expect(ticks.length).toBeLessThan(days.length);
      expect(ticks[0]!.date).toBe(days[0]);
      // Two labels of a day (4 digits, 3 Han characters, 2 or 3 digits more) and the gap between.
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(6 * 7 + 3 * 12 + 8);
    }
    const values = g.yTicks.map((t) => t.value);
    const all = hsi.points.map((p) => p.signed);
    expect(values[0]).toBeLessThanOrEqual(Math.min(...all));
    expect(values.at(-1)).toBeGreaterThanOrEqual(Math.max(...all));
  });

  it('keeps each tick\'s words inside the box, however near the edge its day is drawn', () => {
    // Days a year apart, each ticked by day, the last a few pixels from the edge.
    const days = ['2024-01-02', '2024-06-04', '2024-12-31'];
    const spread = { ...hsi, points: days.map((day, i) => ({ ...hsi.points[0]!, id: `p${i}`, day, date: day })) };
    for (const width of [320, 360, 600]) {
      const ticks = seriesGeometry(spread, { ...BOX, width }).xTicks;
      expect(ticks.at(-1)!.date).toBe('2024-12-31');
      // 2024年12月31日: six digits and three Han characters, centred.
      for (const t of ticks) expect(t.x + (6 * 7 + 3 * 12) / 2).toBeLessThanOrEqual(width);
    }
  });

  it('lists every point once, by day, with its line; placed once per series and box', () => {
    expect(g.points.map((p) => p.point)).toEqual(hsi.points);
    for (const p of g.points) expect(g.lines[p.line]!.points).toContain(p);
    const again = seriesGeometry(hsi, BOX);
    expect(seriesGeometry(hsi, BOX)).toBe(again);
    expect(seriesGeometry(hsi, { ...BOX, width: 400 })).not.toBe(again);
  });

  it('rings the points several pages cite, in one path', () => {
    expect(g.rings).toBe('');
    const [first, ...rest] = hsi.points;
    const reprinted = { ...hsi, points: [{ ...first!, sources: [...first!.sources, { ...first!.sources[0]!, pageId: 'r' }] }, ...rest] };
    expect(seriesGeometry(reprinted, BOX).rings.match(/M/g)).toHaveLength(1);
  });

  it('draws a broker’s target prices in steps: each holds until the next', () => {
    const targets = series({ pages: [day1, day2, day3].map((source, i) => pageFigures({ id: `d${i + 1}`, source, pageDate: pageDateFromText(source)! })) }, 'HK:00700', 'target-price');
    const citi = seriesGeometry(targets, BOX).lines.find((l) => l.line.who === '花旗')!;
    const [a, b] = citi.points;
    expect(citi.path).toBe(`M${a!.x} ${a!.y}H${b!.x}V${b!.y}`);
  });

  it('draws nothing for an empty series', () => {
    expect(seriesGeometry({ ...hsi, lines: [], points: [] }, BOX)).toEqual({ xTicks: [], yTicks: [], lines: [], points: [], rings: '' });
  });
});

describe('tickWords', () => {
  it.each([
    ['2025-02-10', '2025年2月10日'],
    ['2025-02', '2025年2月'],
    ['2025', '2025年'],
  ])('%s reads %s in both scripts', (date, words) => {
    expect(tickWords(date)).toEqual({ hant: words, hans: words });
  });
});

describe('timeTicks', () => {
  const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);

  it('ticks three years by year, a quarter by month, a fortnight by day', () => {
    expect(timeTicks(ms('2023-01-01'), ms('2025-12-31'), 6).map((t) => t.label)).toEqual(['2023-01', '2023-07', '2024-01', '2024-07', '2025-01', '2025-07']);
    expect(timeTicks(ms('2023-01-01'), ms('2025-12-31'), 3).map((t) => t.label)).toEqual(['2023', '2024', '2025']);
    expect(timeTicks(ms('2025-01-10'), ms('2025-04-20'), 6).map((t) => t.label)).toEqual(['2025-02', '2025-03', '2025-04']);
    expect(timeTicks(ms('2025-02-01'), ms('2025-02-05'), 6).map((t) => t.label)).toEqual(['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-02-05']);
  });

  it('never gives more than asked, and every tick lies in the range, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 2, max: 12 }), (start, days, max) => {
        const from = Date.UTC(1990, 0, 1) + start * 86_400_000;
        const to = from + days * 86_400_000;
        const ticks = timeTicks(from, to, max);
        expect(ticks.length).toBeLessThanOrEqual(max);
        for (const [i, t] of ticks.entries()) {
          expect(t.ms).toBeGreaterThanOrEqual(from);
          expect(t.ms).toBeLessThanOrEqual(to);
          if (i > 0) expect(t.ms).toBeGreaterThan(ticks[i - 1]!.ms);
        }
      }),
      { examples: [[0, 1004, 11]] },
    );
  });
});
