import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnMarks, highlightPieces, tabStopOf, type Placed } from './pieces';

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

describe('tabStopOf: a highlight’s Tab stop, outside the figure and stock marks', () => {
  const s = (start: number, end: number) => ({ start, end });
  it('is its first character when no mark holds it', () => {
    expect(tabStopOf(s(3, 10), [s(0, 2), s(12, 14)])).toBe(3);
  });
  it('moves past the marks it starts in, even marks end to end', () => {
    expect(tabStopOf(s(3, 10), [s(2, 6)])).toBe(6);
    expect(tabStopOf(s(3, 10), [s(2, 6), s(6, 8)])).toBe(8);
  });
  it('is none when marks cover the highlight wholly', () => {
    expect(tabStopOf(s(3, 5), [s(2, 6)])).toBeUndefined();
    expect(tabStopOf(s(3, 8), [s(2, 6), s(6, 9)])).toBeUndefined();
  });
  it('takes the marks as drawn: in order, one overlapping the mark before it left out', () => {
    const figures = [{ span: s(2, 6) }];
    const stocks = [{ span: s(4, 9) }, { span: s(0, 1) }];
    const drawn = drawnMarks([...figures, ...stocks]).map((d) => d.span);
    expect(drawn).toEqual([s(0, 1), s(2, 6)]);
    expect(tabStopOf(s(3, 10), drawn)).toBe(6);
  });
  it('draws a line’s marks cut to the line, a figure before a stock at the same place', () => {
    const figure = { kind: 'figure', span: s(4, 8) };
    const stock = { kind: 'stock', span: s(4, 6) };
    const across = { kind: 'stock', span: s(0, 12) };
    expect(drawnMarks([figure, stock], s(5, 10))).toEqual([{ mark: figure, span: s(5, 8) }]);
    expect(drawnMarks([across], s(5, 10))).toEqual([{ mark: across, span: s(5, 10) }]);
    expect(drawnMarks([figure, stock], s(8, 20))).toEqual([]);
  });
  it('lies inside the highlight and outside every drawn mark, or the marks cover it (any spans)', () => {
    const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 })).map(([start, length]) => s(start, start + length));
    fc.assert(
      fc.property(span, fc.array(span, { maxLength: 8 }), (highlight, spans) => {
        const marks = drawnMarks(spans.map((m) => ({ span: m }))).map((d) => d.span);
        const at = tabStopOf(highlight, marks);
        const covered = (i: number) => marks.some((m) => m.start <= i && i < m.end);
        if (at === undefined) {
          for (let i = highlight.start; i < highlight.end; i++) expect(covered(i)).toBe(true);
        } else {
          expect(at).toBeGreaterThanOrEqual(highlight.start);
          expect(at).toBeLessThan(highlight.end);
          expect(covered(at)).toBe(false);
          for (let i = highlight.start; i < at; i++) expect(covered(i)).toBe(true);
        }
      }),
    );
  });
});
