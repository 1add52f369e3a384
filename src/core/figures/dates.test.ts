import { describe, expect, it } from 'vitest';
import { readDate } from './dates';
import { readNumeral } from './numeral';

const dateAt = (s: string) => {
  const n = readNumeral(s, 0);
  return n && readDate(s, n);
};

describe('readDate', () => {
  it.each([
    ['2024年10月', '2024-10', 8],
    ['2024年10月31日', '2024-10-31', 11],
    ['2029財年', '2029', 6],
    ['2021年末', '2021', 6],
    ['2025年的來臨', '2025', 5],
    ['二〇二四年十月', '2024-10', 7],
    ['2024-10-31', '2024-10-31', 10],
    ['2024/10', '2024-10', 7],
  ])('%s → %s', (s, iso, end) => {
    expect(dateAt(s)).toEqual({ end, iso });
  });

  it.each([['1月20日', 5], ['31日', 3], ['7 月初', 4], ['10:30', 5], ['三年', 2]])('%s is a date or time without a calendar date', (s, end) => {
    expect(dateAt(s)).toEqual({ end });
  });

  it.each([['2024'], ['2000-3000點'], ['45000點'], ['13月'], ['3.8億股']])('%s is no date', (s) => {
    expect(dateAt(s)).toBeUndefined();
  });
});
