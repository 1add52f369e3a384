import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure';
import { extractFigures, guessYuanCurrency } from './index';

const SHARED = path.resolve(__dirname, '../../../../shared');
const SAMPLES = path.join(SHARED, 'samples');

/** A page from ../shared/samples without its `# source:` line. */
function page(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, name), 'utf8').replace(/^# source:[^\n]*\n/, '');
}

if (!fs.existsSync(SAMPLES)) console.log(`shared samples skipped: ${SAMPLES} is absent`);

describe.skipIf(!fs.existsSync(SAMPLES))('figures of the shared sample pages', () => {
  describe('aastocks-00215-hant', () => {
    const text = fs.existsSync(SAMPLES) ? page('aastocks-00215-hant.txt') : '';
    const figures = extractFigures(text);

    it.each<[string, Partial<Figure>]>([
      ['800 億個', { value: 8e10, unit: 'count', measureWord: '個', qualifier: 'exact' }],
      ['1,000 萬個', { value: 1e7, unit: 'count', measureWord: '個' }],
      ['70 多個', { value: 70, unit: 'count', measureWord: '個', qualifier: 'moreThan' }],
    ])('%s', (t, expected) => {
      expect(figures.find((f) => f.text === t)).toMatchObject(expected);
    });

    it('reads no code, network, product name or date as a figure', () => {
      expect(figures.map((f) => f.text)).toEqual(['800 億個', '1,000 萬個', '70 多個']);
    });
  });

  describe('china-eastern-hans', () => {
    const text = fs.existsSync(SAMPLES) ? page('china-eastern-hans.txt') : '';
    const figures = extractFigures(text);

    it('reads a bare 元 on this mainland page as renminbi', () => {
      expect(guessYuanCurrency(text)).toBe('CNY');
    });

    it.each<[string, Partial<Figure>]>([
      ['132人', { value: 132, unit: 'count', measureWord: '人' }],
      ['6.46%', { value: 6.46, unit: 'percent' }],
      ['2.75港元/股', { value: 2.75, unit: 'HKD', perUnit: '股' }],
      ['1103亿港元', { value: 1.103e11, unit: 'HKD' }],
      ['超18%', { value: 18, unit: 'percent', qualifier: 'over' }],
      ['19.03美元/股', { value: 19.03, unit: 'USD', perUnit: '股' }],
      ['71.84亿美元', { value: 7.184e9, unit: 'USD' }],
      ['约-110亿元至-135亿元', { value: -1.1e10, valueTo: -1.35e10, unit: 'CNY', qualifier: 'about', date: '2021' }],
      ['约为人民币-122亿元至-147亿元', { value: -1.22e10, valueTo: -1.47e10, unit: 'CNY', qualifier: 'about' }],
      ['586亿元', { value: 5.86e10, unit: 'CNY', date: '2020' }],
      ['51.48%', { value: 51.48, unit: 'percent' }],
      ['118亿元', { value: 1.18e10, unit: 'CNY' }],
      ['470%', { value: 470, unit: 'percent' }],
      ['3.8亿股', { value: 3.8e8, unit: 'count', measureWord: '股', date: '2021' }],
      ['3.91%', { value: 3.91, unit: 'percent' }],
      ['21只', { value: 21, unit: 'count', measureWord: '只' }],
      ['12只', { value: 12, unit: 'count' }],
      ['6只', { value: 6, unit: 'count' }],
      ['超过2.3亿股', { value: 2.3e8, unit: 'count', measureWord: '股', qualifier: 'over' }],
      ['4只', { value: 4, unit: 'count' }],
      ['超1.1亿股', { value: 1.1e8, unit: 'count', qualifier: 'over' }],
      ['0.88%', { value: 0.88, unit: 'percent' }],
      ['2.27%', { value: 2.27, unit: 'percent' }],
    ])('%s', (t, expected) => {
      expect(figures.find((f) => f.text === t)).toMatchObject(expected);
    });

    it('reads no date, aircraft or stock code as a figure', () => {
      expect(figures).toHaveLength(23);
      for (const s of ['3月21日', '波音737', '2021年', '2020年', '603885', '600029', '600221']) {
        expect(figures.filter((f) => f.text.includes(s))).toEqual([]);
      }
    });
  });
});
