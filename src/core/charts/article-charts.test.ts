import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { annotatePage, type PageFigure } from '../annotate';
import { parsePage } from '../page';
import { within } from '../span';
import { formatValue } from './format';
import { articleCharts, chartForFigure, isCharted, partsAddUp, plotRows, type ArticleChart } from './article-charts';

const page = parsePage(sample);
const { figures } = annotatePage(page);
const chars = [...page.source];
const article = (headline: string) => page.articles.find((a) => chars.slice(a.span.start, a.span.end).join('').includes(headline))!;
const figuresOf = (headline: string) => within(figures, article(headline).span);
const byText = (list: readonly PageFigure[], text: string) => list.find((f) => f.text === text)!;
const values = (c: ArticleChart | undefined) => c?.rows.filter((r) => r.included).map((r) => r.value);

describe('articleCharts on the sample', () => {
  const first = figuresOf('DeepSeek牽動AI產業價值重估');
  const charts = articleCharts('a2', first);

  it('charts the valuations on a time axis, 2024-10 first', () => {
    const timeline = charts.find((c) => c.kind === 'timeline')!;
    expect(timeline.unit).toBe('USD');
    expect(timeline.rows.map((r) => [r.date, r.value])).toEqual([
      ['2024-10', 157e9],
      [undefined, 300e9],
    ]);
  });

  it('charts the revenue as a total and its parts, 各 once per item with distinct keys', () => {
    const whole = charts.find((c) => c.kind === 'partOfWhole')!;
    expect(whole.rows.map((r) => [r.role, r.label, r.value])).toEqual([
      ['total', '收入', 100e9],
      ['part', 'ChatGPT收入', 50e9],
      ['part', 'API銷售', 25e9],
      ['part', '新產品項目', 25e9],
    ]);
    expect(new Set(whole.rows.map((r) => r.key)).size).toBe(4);
    expect(partsAddUp(whole)).toBe(true);
  });

  it('charts the GDP figures together, in one unit', () => {
    const gold = articleCharts('g', figuresOf('黃金後市看漲 建議逢低吸納'));
    const gdp = gold.find((c) => c.unit === 'percent');
    expect(values(gdp)).toEqual([2.3, 2.6, 3.1]);
  });

  it('never puts two units on one chart, and gives every chart a unique id', () => {
    const all = page.articles.flatMap((a) => articleCharts(a.id, within(figures, a.span)));
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) for (const r of c.rows) expect(figures.find((f) => f.id === r.figureId)?.unit).toBe(c.unit);
  });

  it('leaves out a repeat of a charted figure unless the reader adds it', () => {
    const repeat = first.filter((f) => f.text === '1000億美元')[1]!;
    expect(isCharted(charts, repeat.id)).toBe(false);
    expect(chartForFigure(charts, repeat)?.kind).toBe('partOfWhole');
    const added = articleCharts('a2', first, { excluded: [], included: [repeat.id] });
    expect(added).toHaveLength(charts.length + 1);
    expect(isCharted(added, repeat.id)).toBe(true);
  });
});

describe('articleCharts of moves', () => {
  it('charts rises and falls together, apart from levels, a fall below zero and a rise with its +', () => {
    const text = '恒指收報20225點，較上日跌300點；上周則升450點。';
    const page = parsePage(text);
    const { figures } = annotatePage(page);
    const charts = articleCharts(page.articles[0]!.id, figures);
    const moves = charts.find((c) => c.moves);
    const levels = charts.find((c) => !c.moves);
    expect(levels?.rows.map((r) => r.value)).toEqual([20225]);
    expect(moves?.rows.map((r) => r.value)).toEqual([-300, 450]);
    expect(moves?.rows.map((r) => formatValue(r, moves, 'hant'))).toEqual(['-300點', '+450點']);
  });

  it('reads a comparison (較上日高) as a move of its subject, apart from the level', () => {
    const page = parsePage('金價較上日高40美元，收報2800美元；銀價比上日低了2美元。');
    const charts = articleCharts(page.articles[0]!.id, annotatePage(page).figures);
    const moves = charts.find((c) => c.moves);
    expect(moves?.rows.map((r) => [r.label, formatValue(r, moves, 'hant')])).toEqual([
      ['金價', '+40美元'],
      ['銀價', '-2美元'],
    ]);
    expect(charts.find((c) => !c.moves)?.rows.map((r) => [r.label, r.value])).toEqual([['金價', 2800]]);
  });

  it('keeps a rate that moved on one chart with the other rates, a fall below zero, a rise with its +', () => {
    const page = parsePage('中國東方航空股份港股大跌6.46%，基金持股比例合計3.91%；Wind航空指數收跌0.88%，恒指升1.2%。');
    const charts = articleCharts(page.articles[0]!.id, annotatePage(page).figures);
    expect(charts).toHaveLength(1);
    expect(charts[0]?.moves).toBeUndefined();
    expect(charts[0]?.rows.map((r) => formatValue(r, charts[0]!, 'hant'))).toEqual(['-6.46%', '3.91%', '-0.88%', '+1.2%']);
  });

  it('charts a loss below zero, beside what was earned', () => {
    const page = parsePage('东航2020年营收586亿元；归母净利润亏损118亿元。');
    const charts = articleCharts(page.articles[0]!.id, annotatePage(page).figures);
    expect(charts).toHaveLength(1);
    expect(charts[0]?.rows.map((r) => [r.label, r.value])).toEqual([
      ['东航营收', 586e8],
      ['归母净利润', -118e8],
    ]);
  });

  it('finds the chart of moves for a fall it does not list, by its amount below zero', () => {
    const page = parsePage('恒指收報20225點，較上日跌300點。');
    const charts = articleCharts(page.articles[0]!.id, annotatePage(page).figures);
    expect(chartForFigure(charts, { id: 'unlisted', value: 300, unit: 'points', move: 'down' })?.moves).toBe(true);
    expect(chartForFigure(charts, { id: 'unlisted', value: 20225, unit: 'points' })?.rows.map((r) => r.value)).toEqual([20225]);
  });
});

describe('articleCharts with the reader’s choices', () => {
  const first = figuresOf('DeepSeek牽動AI產業價值重估');
  const valuation = byText(first, '3000億美元');

  it('takes an excluded figure off its chart but keeps its row, so it can go back', () => {
    const charts = articleCharts('a2', first, { excluded: [valuation.id], included: [] });
    const timeline = charts.find((c) => c.kind === 'timeline')!;
    expect(values(timeline)).toEqual([157e9]);
    expect(timeline.rows.find((r) => r.figureId === valuation.id)?.included).toBe(false);
    expect(plotRows(timeline).map((r) => r.value)).toEqual([157e9]);
    expect(isCharted(charts, valuation.id)).toBe(false);
  });

  it('lets removal win over addition', () => {
    const charts = articleCharts('a2', first, { excluded: [valuation.id], included: [valuation.id] });
    expect(isCharted(charts, valuation.id)).toBe(false);
  });

  it('excluding one item of an each-figure takes off both its rows (one figure in the text)', () => {
    const each = first.find((f) => f.each)!;
    const whole = articleCharts('a2', first, { excluded: [each.id], included: [] }).find((c) => c.kind === 'partOfWhole')!;
    expect(values(whole)).toEqual([100e9, 50e9]);
    expect(partsAddUp(whole)).toBe(false);
  });
});

describe('plotRows', () => {
  it('lays parts end to end after the total, so they visibly add up', () => {
    const whole = articleCharts('a2', figuresOf('DeepSeek牽動AI產業價值重估')).find((c) => c.kind === 'partOfWhole')!;
    expect(plotRows(whole).map((r) => r.extent)).toEqual([
      [0, 100e9],
      [0, 50e9],
      [50e9, 75e9],
      [75e9, 100e9],
    ]);
  });

  it('floats a range from one end to the other, and a negative value below zero', () => {
    const chart: ArticleChart = {
      id: 'x',
      articleId: 'a',
      kind: 'bars',
      unit: 'CNY',
      title: '虧損',
      rows: [
        { key: 'f1', figureId: 'f1', label: '甲', value: -135e8, valueTo: -110e8, qualifier: 'exact', text: '', role: 'bar', included: true },
        { key: 'f2', figureId: 'f2', label: '乙', value: -5e8, qualifier: 'exact', text: '', role: 'bar', included: true },
      ],
    };
    expect(plotRows(chart).map((r) => r.extent)).toEqual([
      [-135e8, -110e8],
      [-5e8, 0],
    ]);
  });
});
