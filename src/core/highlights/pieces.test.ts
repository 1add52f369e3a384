import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPieces, type Placed } from './pieces';

const h = (id: string, start: number, end: number): Placed => ({ id, colour: 'yellow', span: { start, end } });
const shape = (range: { start: number; end: number }, placed: Placed[]) =>
  highlightPieces(range, placed).map((p) => [p.span.start, p.span.end, p.highlight?.id ?? '-']);

describe('highlightPieces', () => {
  it.each([
    ['no highlight: one plain piece', { start: 10, end: 20 }, [], [[10, 20, '-']]],
    ['a highlight inside', { start: 0, end: 10 }, [h('a', 2, 5)], [[0, 2, '-'], [2, 5, 'a'], [5, 10, '-']]],
    ['a highlight crossing the range start (a figure inside a longer highlight)', { start: 4, end: 8 }, [h('a', 0, 6)], [[4, 6, 'a'], [6, 8, '-']]],
    ['a highlight covering the whole range', { start: 4, end: 8 }, [h('a', 0, 20)], [[4, 8, 'a']]],
    ['a highlight elsewhere', { start: 4, end: 8 }, [h('a', 8, 20)], [[4, 8, '-']]],
    ['overlapping: the later one shows where they meet', { start: 0, end: 10 }, [h('a', 0, 6), h('b', 4, 8)], [[0, 4, 'a'], [4, 8, 'b'], [8, 10, '-']]],
    ['an empty range: nothing', { start: 5, end: 5 }, [h('a', 0, 9)], []],
  ])('%s', (_name, range, placed, expected) => {
    expect(shape(range, placed)).toEqual(expected);
  });

  it('tiles the range exactly, and marks a point only with a highlight covering it', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(span, fc.array(span, { maxLength: 5 }), (range, spans) => {
        const placed = spans.map((s, i) => ({ id: `h${i}`, colour: 'blue', span: s }));
        const pieces = highlightPieces(range, placed);
        let at = range.start;
        for (const p of pieces) {
          expect(p.span.start).toBe(at);
          expect(p.span.end).toBeGreaterThan(p.span.start);
          at = p.span.end;
          for (let x = p.span.start; x < p.span.end; x++) {
            const covering = placed.filter((q) => q.span.start <= x && x < q.span.end);
            expect(p.highlight).toBe(covering.at(-1));
          }
        }
        expect(at).toBe(range.end > range.start ? range.end : range.start);
      }),
    );
  });
});
