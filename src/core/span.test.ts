import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { within } from './span';

describe('within', () => {
  it('keeps an empty item at the very end of the span (found by fast-check, seed 1203175913)', () => {
    expect(within([{ span: { start: 184, end: 184 } }], { start: 84, end: 184 })).toHaveLength(1);
  });

  it('keeps exactly the items wholly inside the span', () => {
    const item = fc.tuple(fc.nat(200), fc.nat(20)).map(([start, len]) => ({ span: { start, end: start + len } }));
    fc.assert(
      fc.property(fc.array(item), fc.nat(200), fc.nat(100), (items, start, len) => {
        const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
        const span = { start, end: start + len };
        const expected = sorted.filter((i) => i.span.start >= span.start && i.span.end <= span.end);
        expect(within(sorted, span)).toEqual(expected);
      }),
    );
  });
});
