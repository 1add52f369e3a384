import { describe, expect, it } from 'vitest';
import { chartTitle, formatAmount, formatTick, formatValue, unitName } from './format';

const exact = (value: number, valueTo?: number) => ({ value, valueTo, qualifier: 'exact' as const });

describe('chart value formatting', () => {
  it('writes large amounts in 億/萬 with the unit after, in either script', () => {
    expect(formatAmount(3e11, { unit: 'USD' }, 'hant')).toBe('3,000億美元');
    expect(formatAmount(3e11, { unit: 'USD' }, 'hans')).toBe('3,000亿美元');
    expect(formatAmount(25_000_000, { unit: 'CNY' }, 'hant')).toBe('2,500萬人民幣');
    expect(formatAmount(25_000_000, { unit: 'CNY' }, 'hans')).toBe('2,500万人民币');
    expect(formatAmount(2859, { unit: 'USD' }, 'hant')).toBe('2,859美元');
  });

  it('writes percentages, points, counts and prices per unit', () => {
    expect(formatAmount(2.3, { unit: 'percent' }, 'hant')).toBe('2.3%');
    expect(formatAmount(20225, { unit: 'points' }, 'hans')).toBe('20,225点');
    expect(formatAmount(6, { unit: 'count', measureWord: '款' }, 'hant')).toBe('6款');
    expect(formatAmount(800e8, { unit: 'count', measureWord: '個' }, 'hans')).toBe('800亿个');
    expect(formatAmount(2.75, { unit: 'HKD', perUnit: '股' }, 'hant')).toBe('2.75港元/股');
  });

  it('says a figure is approximate the way the page did', () => {
    expect(formatValue({ value: 20000, qualifier: 'over' }, { unit: 'points' }, 'hant')).toBe('逾20,000點');
    expect(formatValue({ value: 45000, qualifier: 'nearly' }, { unit: 'points' }, 'hant')).toBe('近45,000點');
    expect(formatValue({ value: 1e9, qualifier: 'about' }, { unit: 'HKD' }, 'hans')).toBe('约10亿港元');
    expect(formatValue({ value: 3e11, qualifier: 'moreThan' }, { unit: 'USD' }, 'hant')).toBe('3,000多億美元');
  });

  it("writes a move's sign before its hedge", () => {
    expect(formatValue({ value: -18, qualifier: 'over' }, { unit: 'percent', moves: true }, 'hant')).toBe('-逾18%');
    expect(formatValue({ value: 40, qualifier: 'about' }, { unit: 'USD', moves: true }, 'hans')).toBe('+约40美元');
    expect(formatValue({ value: -3e8, qualifier: 'moreThan' }, { unit: 'HKD', moves: true }, 'hant')).toBe('-3多億港元');
  });

  it('writes a rise with its + beside levels on the same chart', () => {
    expect(formatValue({ value: 2.5, qualifier: 'exact', move: 'up' }, { unit: 'percent' }, 'hant')).toBe('+2.5%');
    expect(formatValue({ value: 3.1, qualifier: 'exact' }, { unit: 'percent' }, 'hant')).toBe('3.1%');
  });

  it('gives both ends of a range', () => {
    expect(formatValue(exact(-135e8, -110e8), { unit: 'CNY' }, 'hant')).toBe('-135億至-110億人民幣');
    expect(formatValue(exact(19000, 20000), { unit: 'points' }, 'hans')).toBe('19,000至20,000点');
    expect(formatValue(exact(20, 30), { unit: 'percent' }, 'hant')).toBe('20%至30%');
    expect(formatValue(exact(2.5, 3), { unit: 'HKD', perUnit: '股' }, 'hant')).toBe('2.5至3港元/股');
  });

  it('writes axis ticks without the unit, which the axis names once', () => {
    expect(formatTick(75e9, { unit: 'USD' }, 'hant')).toBe('750億');
    expect(formatTick(2.5, { unit: 'percent' }, 'hant')).toBe('2.5%');
    expect(formatTick(45000, { unit: 'points' }, 'hant')).toBe('45,000');
    expect(unitName({ unit: 'JPY' }, 'hans')).toBe('日元');
    expect(unitName({ unit: 'percentagePoints' }, 'hant')).toBe('個百分點');
  });
});

describe('chartTitle', () => {
  it('writes the page’s words converted by the caller, and Broadsheet’s in the script asked for', () => {
    const title = ['騰訊', { hant: '升跌幅', hans: '涨跌幅' }];
    expect(chartTitle({ title }, 'hans', (s) => `<${s}>`)).toBe('<騰訊>涨跌幅');
    expect(chartTitle({ title }, 'hant', (s) => s)).toBe('騰訊升跌幅');
  });
});
