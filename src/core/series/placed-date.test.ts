import { describe, expect, it } from 'vitest';
import { periodRange, placedDay } from './placed-date';

describe('placedDay', () => {
  it.each([
    ['2025-01-27', '2025-02-01', '2025-01-27'],
    [null, '2025-02-01', '2025-02-01'],
    ['2025', '2025-02-01', '2025-02-01'],
    ['2024', '2025-02-01', '2024-12-31'],
    ['2024-Q4', '2025-03-01', '2024-12-31'],
    ['2025-H1', '2025-09-01', '2025-06-30'],
    ['2024-02', '2025-01-01', '2024-02-29'],
    ['2025-W06', '2025-02-04', '2025-02-04'],
    ['2025-W06', '2025-03-04', '2025-02-09'],
    ['2024-02-10/2025-01-28', '2025-03-01', '2025-01-28'],
    ['soon', '2025-02-01', '2025-02-01'],
  ] as const)('%s on a page of %s sits at %s', (date, page, day) => {
    expect(placedDay(date, page)).toBe(day);
  });

  it('reads periods as first and last days', () => {
    expect(periodRange('2025-Q1')).toEqual(['2025-01-01', '2025-03-31']);
    expect(periodRange('2026-W01')).toEqual(['2025-12-29', '2026-01-04']);
    expect(periodRange('later')).toBeUndefined();
  });
});
