import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { chartGroups } from './chart-model';
import { extractFigures } from './extract';

const groupsOf = (text: string) => chartGroups(extractFigures(text));

describe('chartGroups on the sample page', () => {
  const figures = extractFigures(sample);
  const groups = chartGroups(figures);

  it('never puts two units in one group', () => {
    for (const g of groups) for (const f of [...g.figures, ...(g.total ? [g.total] : [])]) expect(f.unit).toBe(g.unit);
  });

  it('shows the revenue as parts that add up to its stated total, 各 counted per item', () => {
    const whole = groups.find((g) => g.kind === 'partOfWhole');
    expect(whole?.total?.text).toBe('1000億美元');
    expect(whole?.figures.map((f) => f.label)).toEqual(['ChatGPT收入', 'API銷售', '新產品項目']);
    expect(whole?.figures.reduce((s, f) => s + f.value, 0)).toBe(whole?.total?.value);
  });

  it('shows the valuations as a timeline: 2024-10 first, the undated (current) one after', () => {
    const timeline = groups.find((g) => g.kind === 'timeline');
    expect(timeline?.unit).toBe('USD');
    expect(timeline?.figures.map((f) => [f.date, f.text])).toEqual([
      ['2024-10', '1570億美元'],
      [undefined, '3000億美元'],
    ]);
  });

  it('charts every figure once, except a repeat of one already charted', () => {
    const charted = groups.flatMap((g) => [...new Set([...g.figures.map((f) => f.span.start), ...(g.total ? [g.total.span.start] : [])])]);
    expect(new Set(charted).size).toBe(charted.length);
    const left = figures.filter((f) => !charted.includes(f.span.start)).map((f) => f.text);
    expect(left).toEqual(['1000億美元']);
  });

  it('charts the one-day rise of gold (升40美元) apart from its price levels', () => {
    const gold = groups.filter((g) => g.unit === 'USD' && g.figures.some((f) => f.label === '黃金'));
    const levels = gold.find((g) => !g.moves);
    const moves = gold.find((g) => g.moves);
    expect(levels?.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['逼近2730美元', '2800美元']));
    expect(levels?.figures.some((f) => f.move)).toBe(false);
    expect(moves?.figures.map((f) => f.text)).toEqual(['40美元']);
  });

  it('keeps gold prices and valuations on separate bar charts', () => {
    const usdBars = groups.filter((g) => g.kind === 'bars' && g.unit === 'USD');
    for (const g of usdBars) {
      const values = g.figures.map((f) => f.value);
      expect(Math.max(...values) / Math.min(...values)).toBeLessThan(1000);
    }
  });
});

describe('chartGroups', () => {
  it.each([
    ['parts after the total', '收入將達到1000億美元。其中，A收入為600億美元，B收入為400億美元。'],
    ['parts before the total', 'A收入為600億美元，B收入為400億美元，合共1000億美元。'],
    ['three items each', '總額90億元。甲、乙及丙各自30億元。'],
  ])('finds a part-of-whole: %s', (_what, text) => {
    const whole = groupsOf(text).find((g) => g.kind === 'partOfWhole');
    expect(whole).toBeDefined();
    expect(whole!.figures.reduce((s, f) => s + f.value, 0)).toBeCloseTo(whole!.total!.value, 6);
  });

  it('does not call parts that fall short of the total a whole', () => {
    expect(groupsOf('收入1000億美元，A收入為600億美元，B收入為300億美元。').some((g) => g.kind === 'partOfWhole')).toBe(false);
  });

  it('orders a timeline by date', () => {
    const t = groupsOf('2024年估值為200億美元。2022年估值為100億美元。2023年估值為150億美元。').find((g) => g.kind === 'timeline');
    expect(t?.figures.map((f) => f.date)).toEqual(['2022', '2023', '2024']);
  });

  it('does not make a timeline of different subjects', () => {
    const groups = groupsOf('2021年淨利潤約100億元，扣非後歸屬股東的淨利潤約為80億元。');
    expect(groups.some((g) => g.kind === 'timeline')).toBe(false);
  });

  it('groups counts by measure word', () => {
    const groups = groupsOf('21只基金持有3.8億股，12只基金持有2億股。');
    expect(groups.map((g) => g.figures.map((f) => f.measureWord))).toEqual([['只', '只'], ['股', '股']]);
  });
});
