import { describe, expect, it } from 'vitest';
import { readUnit, type UnitRead } from './units';

describe('readUnit', () => {
  it.each<[string, Partial<UnitRead> | undefined]>([
    ['%', { unit: 'percent', scale: 1 }],
    ['％', { unit: 'percent' }],
    ['個百分點', { unit: 'percentagePoints', end: 4 }],
    ['个百分点', { unit: 'percentagePoints' }],
    ['點子', { unit: 'percentagePoints', scale: 0.01 }],
    ['個基點', { unit: 'percentagePoints', scale: 0.01, end: 3 }],
    ['成', { unit: 'percent', scale: 10, add: 0 }],
    ['成五', { unit: 'percent', scale: 10, add: 5, end: 2 }],
    ['成半', { unit: 'percent', add: 5 }],
    ['成本', undefined],
    ['成為', undefined],
    ['美元', { unit: 'USD', end: 2 }],
    ['港元/股', { unit: 'HKD', perUnit: '股', end: 4 }],
    ['人民币', { unit: 'CNY' }],
    ['元', { unit: 'yuan' }],
    ['元旦', undefined],
    ['點', { unit: 'points' }],
    ['點半', undefined],
    ['款', { unit: 'count', measureWord: '款' }],
    ['個', { unit: 'count', measureWord: '個' }],
    ['個月', undefined],
    ['個小時', undefined],
    ['股東', undefined],
    ['人民', undefined],
    ['部分', undefined],
    ['  股', { unit: 'count', end: 3 }],
    ['年', undefined],
    ['倍', { unit: 'x', end: 1 }],
    ['倍數', undefined],
    ['個點', { unit: 'pricePoints', end: 2 }],
  ])('%j', (s, expected) => {
    const u = readUnit(s, 0);
    if (expected === undefined) expect(u).toBeUndefined();
    else expect(u).toMatchObject(expected);
  });
});
