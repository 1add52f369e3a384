import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import report from './testing/market-report.txt?raw';
import { writeText } from './chart-text';
import { drawnFigures } from './accuracy';
import { chartForFigure, isCharted, keyFigureFor, partsAddUp, plotRows, type ArticleFigures } from './article-charts';
import { formatValue } from './format';

const words = (text: Parameters<typeof writeText>[0], script: 'hant' | 'hans' = 'hant') => writeText(text, script, (s) => s);
const article = (drawn: Map<string, ArticleFigures>, headline: string) => [...drawn].find(([name]) => name.startsWith(headline))![1];
const seed = drawnFigures(sample, '2025-02-01');

describe('charts an editor would draw, on the sample', () => {
  it('draws OpenAI’s valuation as a series in date order, titled by what it shows', () => {
    const { charts } = article(seed, 'DeepSeek');
    const series = charts.find((c) => c.kind === 'series')!;
    expect(words(series.title)).toBe('OpenAI估值');
    expect(series.rows.map((r) => [words(r.label), r.value])).toEqual([
      ['2024年10月', 157e9],
      ['2025年1月31日（預期）', 300e9],
    ]);
  });

  it('draws the 2029 revenue as a whole and its parts, the total cited twice being one point linked to both', () => {
    const parts = article(seed, 'DeepSeek').charts.find((c) => c.kind === 'parts')!;
    expect(words(parts.title)).toBe('OpenAI 2029年預測收入');
    expect(parts.rows.map((r) => [r.role, words(r.label), r.value])).toEqual([
      ['total', '收入', 100e9],
      ['part', 'ChatGPT', 50e9],
      ['part', 'API銷售', 25e9],
      ['part', '新產品項目', 25e9],
    ]);
    expect(parts.rows[0]!.figureIds).toEqual(['f344', 'f1027']);
    expect(isCharted([parts], 'f1027')).toBe(true);
    expect(partsAddUp(parts)).toBe(true);
    expect(plotRows(parts).at(-1)!.extent).toEqual([75e9, 100e9]);
  });

  it('never puts levels of different indices on one axis: 美股高處不勝寒 has key figures, no charts', () => {
    const { charts, keyFigures } = article(seed, '美股高處不勝寒');
    expect(charts).toEqual([]);
    const hsi = keyFigures[0]!;
    expect([words(hsi.row.label), words(hsi.what), formatValue(hsi.row, hsi, 'hant')]).toEqual(['恒指', '收市', '20,225點']);
    expect(hsi.changes.map((m) => formatValue(m.row, m, 'hant'))).toEqual(['+4,478點', '28%']);
    expect(keyFigureFor(keyFigures, 'f2306')).toBe(hsi);
    expect(keyFigures.map((k) => words(k.row.label))).toEqual(['恒指', '上證指數', '上證指數', '道指', '納指', '美匯指數', '金價']);
  });

  it('compares actual, expected and prior GDP growth, in that order, with a title in either script', () => {
    const gdp = article(seed, '黃金後市看漲').charts.find((c) => c.kind === 'compare')!;
    expect(words(gdp.title)).toBe('美國第四季GDP增長：實際與預期');
    expect(words(gdp.title, 'hans')).toBe('美国第四季GDP增长：实际与预期');
    expect(gdp.rows.map((r) => [words(r.label), r.value])).toEqual([['實際', 2.3], ['預期', 2.6], ['前值', 3.1]]);
    expect(chartForFigure([gdp], 'f3342')).toBe(gdp);
  });

  it('marks the reader’s exclusions on rows, keeping the row', () => {
    const drawn = drawnFigures(sample, '2025-02-01');
    const first = [...drawn.values()][0]!;
    expect(first.charts[0]!.rows.every((r) => r.included)).toBe(true);
  });
});

describe('a market report with a dozen stock moves', () => {
  const drawn = article(drawnFigures(report, '2025-02-03'), '港股收市');

  it('compares the stocks’ moves, sorted, diverging around zero, apart from the indices’', () => {
    const stocks = drawn.charts.find((c) => words(c.title) === '港股個股升跌幅')!;
    expect(stocks.measure).toBe('change-percent');
    expect(stocks.subjects).toHaveLength(12);
    const values = stocks.rows.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(7.8);
    expect(values.at(-1)).toBe(-1.5);
    expect(stocks.rows.map((r) => words(r.label))).toContain('小米集團-W');
    const indices = drawn.charts.find((c) => c.subjects.every((s) => s.startsWith('index:')))!;
    expect(words(indices.title)).toBe('指數升跌幅');
  });

  it('lists each price as a key figure with its move, never as bars, the headline’s move linked to the body’s', () => {
    expect(drawn.charts.every((c) => c.measure !== 'price' && c.measure !== 'level')).toBe(true);
    const tencent = drawn.keyFigures.find((k) => k.row.fact.subject === 'HK:00700' && k.row.fact.measure === 'price')!;
    expect(formatValue(tencent.row, tencent, 'hant')).toBe('512港元');
    expect(tencent.changes.map((m) => formatValue(m.row, m, 'hant'))).toEqual(['+3.2%']);
    const hsi = keyFigureFor(drawn.keyFigures, 'f8')!;
    expect(hsi.row.fact.subject).toBe('index:HSI');
  });
});
