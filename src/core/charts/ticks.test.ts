import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

/** Amounts as pages cite them: whole numbers or cents, up to trillions. */
const amount = fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.constantFrom(n / 100, n * 1000));

describe('niceTicks', () => {
  it.each([
    [0, 1000, 5, [0, 250, 500, 750, 1000]],
    [0, 2859, 5, [0, 1000, 2000, 3000]],
    [0, 28, 5, [0, 10, 20, 30]],
    [0, 3e11, 5, [0, 1e11, 2e11, 3e11]],
    [0, 3.1, 4, [0, 2, 4]],
    [-135e8, 0, 4, [-150e8, -100e8, -50e8, 0]],
    [0, 0, 5, [0, 0.25, 0.5, 0.75, 1]],
    [0, 0.3, 4, [0, 0.1, 0.2, 0.3]],
  ])('%d to %d in at most %d ticks', (lo, hi, max, expected) => {
    expect(niceTicks(lo, hi, max)).toEqual(expected);
  });

  it('keeps a small step even on large ticks (fast-check counterexample)', () => {
    const lo = -175921861000;
    const ticks = niceTicks(lo, lo + 0.01, 5);
    expect(ticks).toHaveLength(5);
    for (let i = 1; i < ticks.length; i++) expect(Math.abs(ticks[i]! - ticks[i - 1]! - 0.0025)).toBeLessThan(1e-4);
  });

  it('covers the range in at most the count asked, evenly', () => {
    fc.assert(
      fc.property(amount, amount.map(Math.abs), fc.integer({ min: 3, max: 8 }), (lo, span, max) => {
        const ticks = niceTicks(lo, lo + span, max);
        expect(ticks.length).toBeLessThanOrEqual(max);
        const step = ticks[1]! - ticks[0]!;
        expect(ticks[0]).toBeLessThanOrEqual(lo + step * 1e-6);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(lo + span - step * 1e-6);
        const slack = (x: number) => step * 1e-6 + Math.abs(x) * Number.EPSILON * 8;
        for (let i = 1; i < ticks.length; i++) expect(Math.abs(ticks[i]! - ticks[i - 1]! - step)).toBeLessThan(slack(ticks[i]!));
      }),
    );
  });
});
