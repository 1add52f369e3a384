import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import type { Figure } from './figure';
import { extractFigures } from './extract';

const figures = extractFigures(sample);
const cps = [...sample];

/** The n-th figure (0-based) whose text is `text`. */
function figure(text: string, n = 0): Figure | undefined {
  return figures.filter((f) => f.text === text)[n];
}

/** Code-point spans of every occurrence of `s` in the sample. */
function occurrences(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = sample.indexOf(s); i >= 0; i = sample.indexOf(s, i + 1)) {
    const start = [...sample.slice(0, i)].length;
    out.push({ start, end: start + [...s].length });
  }
  return out;
}

describe('figures of the sample page', () => {
  it.each<[string, number, Partial<Figure>]>([
    ['3000億美元', 0, { value: 3e11, unit: 'USD', qualifier: 'exact', label: expect.stringContaining('估值') }],
    ['1570億美元', 0, { value: 1.57e11, unit: 'USD', date: '2024-10', label: '估值' }],
    ['1000億美元', 0, { value: 1e11, unit: 'USD', label: '收入' }],
    ['500億美元', 0, { value: 5e10, unit: 'USD', label: 'ChatGPT收入' }],
    ['250億美元', 0, { value: 2.5e10, unit: 'USD', each: true }],
    ['1000億美元', 1, { value: 1e11, unit: 'USD' }],
    ['六款', 0, { value: 6, unit: 'count', measureWord: '款' }],
    ['兩萬點之上', 0, { value: 20000, unit: 'points', qualifier: 'over', label: '恒指' }],
    ['20225點', 0, { value: 20225, unit: 'points', qualifier: 'exact', label: '恒指' }],
    ['4478點', 0, { value: 4478, unit: 'points', move: 'up' }],
    ['28%', 0, { value: 28, unit: 'percent', label: '升幅' }],
    ['3800點', 0, { value: 3800, unit: 'points', label: '上證指數' }],
    ['4000點', 0, { value: 4000, unit: 'points', label: '上證指數' }],
    ['接近45000點', 0, { value: 45000, unit: 'points', qualifier: 'nearly', label: '道指' }],
    ['19500點之上', 0, { value: 19500, unit: 'points', qualifier: 'over', label: '納指' }],
    ['108水平之上', 0, { value: 108, unit: 'points', qualifier: 'over', label: '美匯指數' }],
    ['2800美元', 0, { value: 2800, unit: 'USD', label: '金價' }],
    ['2859美元', 0, { value: 2859, unit: 'USD', label: '金價' }],
    ['逼近2730美元', 0, { value: 2730, unit: 'USD', qualifier: 'nearly', label: '黃金' }],
    ['40美元', 0, { value: 40, unit: 'USD', label: '黃金', move: 'up' }],
    ['2800美元', 1, { value: 2800, unit: 'USD', label: '黃金' }],
    ['2.3%', 0, { value: 2.3, unit: 'percent', label: expect.stringContaining('GDP年化季率') }],
    ['2.6%', 0, { value: 2.6, unit: 'percent', label: '預期' }],
    ['3.10%', 0, { value: 3.1, unit: 'percent', label: '前值' }],
    ['2800大關', 0, { value: 2800, unit: 'USD', label: '黃金' }],
    ['35%', 0, { value: 35, unit: 'percent' }],
    ['5%', 0, { value: 5, unit: 'percent' }],
    ['3%', 0, { value: 3, unit: 'percent' }],
  ])('%s (#%d)', (text, n, expected) => {
    expect(figure(text, n)).toMatchObject(expected);
  });

  it('finds no other figure', () => {
    // 兩個 (這裏有兩個關鍵詞) is a small count of things in general, not a figure (六款 is one).
    expect(figures.map((f) => f.text)).toEqual([
      '3000億美元', '1570億美元', '1000億美元', '500億美元', '250億美元', '1000億美元', '六款',
      '兩萬點之上', '20225點', '4478點', '28%', '3800點', '4000點', '接近45000點', '19500點之上', '108水平之上',
      '2800美元', '2859美元', '逼近2730美元', '40美元', '2800美元', '2.3%', '2.6%', '3.10%', '2800大關',
      '35%', '5%', '3%',
    ]);
  });

  it('gives each figure the code-point slice of its span as its text', () => {
    for (const f of figures) expect(cps.slice(f.span.start, f.span.end).join('')).toBe(f.text);
  });

  it.each([
    '31日', '2024年10月', '2029財年', '1月20日', '12月30日', '2月3日', '年初六', '2025年', '2024年12月',
    'GPT', 'o1', 'R1', 'Gemini 2.0', 'ChatGPT-4o', '(09988)', '(01810)', '(00700)', '109-115號', '22字樓',
    '二五二二九七九六三', '第三位', '第四季度', '一季', '一己之力', '一浪接一浪', '一炮而紅', '千言萬', '何止萬千',
    '二者', '一是', '二是', '一點靈犀', '一款', '一個', '一篇', '十分',
  ])('%s is not a figure', (s) => {
    const hits = occurrences(s);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(figures.filter((f) => f.span.start < h.end && h.start < f.span.end).map((f) => f.text)).toEqual([]);
    }
  });
});
