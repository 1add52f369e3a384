import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import type { Span } from '../span';
import { sentenceAround, sentenceSpans } from './sentences';

const slice = (text: string, s: Span) => [...text].slice(s.start, s.end).join('');

describe('sentenceSpans', () => {
  it('splits at 。！？；, keeping closing quotes and one line end with their sentence', () => {
    const text = '估值達到3000億美元。他說：「好！」真的？是；\n下一行';
    expect(sentenceSpans(text).map((s) => slice(text, s))).toEqual(['估值達到3000億美元。', '他說：「好！」', '真的？', '是；\n', '下一行']);
  });

  it('ends a sentence at a line end (a heading has no full stop), and keeps blank lines apart', () => {
    const text = '拆穿美科企估值泡沫\r\n\n然而，收入1000億美元。';
    expect(sentenceSpans(text).map((s) => slice(text, s))).toEqual(['拆穿美科企估值泡沫\r\n', '\n', '然而，收入1000億美元。']);
  });

  it('shifts spans by the offset of a line in the page', () => {
    expect(sentenceSpans('甲。乙', 100)).toEqual([
      { start: 100, end: 102 },
      { start: 102, end: 103 },
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(sentenceSpans('𠵾。乙')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('finds the sample’s valuation sentence', () => {
    const at = sample.indexOf('3000億美元');
    const start = [...sample.slice(0, at)].length;
    const around = sentenceAround(sentenceSpans(sample), { start, end: start + 7 })!;
    expect(slice(sample, around)).toBe('昨日（31日）據美國媒體報道，OpenAI正在就新一輪融資進行初步談判，公司估值有望達到3000億美元。');
  });

  it('spans the sentences either side of a figure cut by a line end', () => {
    const text = '收入將達到1000\n億美元。其後';
    expect(slice(text, sentenceAround(sentenceSpans(text), { start: 5, end: 13 })!)).toBe('收入將達到1000\n億美元。');
  });
});

/** Text made of filler and figures (which never hold a sentence end), with the figures' spans. */
const textWithFigures = fc
  .array(
    fc.oneof(
      fc.record({ filler: fc.string({ unit: fc.constantFrom('甲', '乙', '，', '。', '！', '？', '；', '」', '）', '\n', '\r', ' ', 'a', '𠵾'), maxLength: 12 }) }),
      fc.record({ figure: fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom('億美元', '%', '點', '萬港元')).map(([n, u]) => `${n}${u}`) }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => {
    let text = '';
    const figures: Span[] = [];
    for (const p of parts) {
      const piece = 'filler' in p ? p.filler : p.figure;
      const start = [...text].length;
      text += piece;
      if ('figure' in p) figures.push({ start, end: start + [...piece].length });
    }
    return { text, figures };
  });

describe('sentenceSpans, properties', () => {
  it('tiles the text: consecutive, non-empty, from the offset to the end', () => {
    fc.assert(
      fc.property(textWithFigures, fc.nat(1000), ({ text }, offset) => {
        const spans = sentenceSpans(text, offset);
        let at = offset;
        for (const s of spans) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(at).toBe(offset + [...text].length);
      }),
    );
  });

  it('puts every figure in exactly one sentence', () => {
    fc.assert(
      fc.property(textWithFigures, ({ text, figures }) => {
        const spans = sentenceSpans(text);
        for (const f of figures) expect(spans.filter((s) => s.start <= f.start && f.end <= s.end)).toHaveLength(1);
      }),
    );
  });

  it('ends a sentence only after an end mark, its closers and line end, or a line end', () => {
    fc.assert(
      fc.property(textWithFigures, ({ text }) => {
        const chars = [...text];
        for (const s of sentenceSpans(text)) {
          const body = chars.slice(s.start, s.end).join('');
          expect(body.replace(/[。！？；][。！？；」）]*(?:\r\n|[\n\r])?$|(?:\r\n|[\n\r])$/u, '')).not.toMatch(/[\n\r]|[。！？；][^。！？；」）]/u);
        }
      }),
    );
  });
});
