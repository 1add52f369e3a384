import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, refuse } from '../result';
import { codePointMap, sliceCodePoints } from '../text/code-points';
import { anchor } from './anchor';
import { CONTEXT, describeSpan, trimSpan } from './highlight';

const PAGE = '恒指收市報20,000點，騰訊（00700）升2%。\n\n另一段：騰訊（00700）升2%，成交活躍。';
const at = (text: string, exact: string, from = 0) => {
  const unit = text.indexOf(exact, from);
  const map = codePointMap(text);
  return { start: map.toCodePoint(unit), end: map.toCodePoint(unit + exact.length) };
};

describe('describeSpan', () => {
  it.each([
    ['the middle of a line', '恒指收市報20,000點', { start: 5, end: 11 }, { exact: '20,000', prefix: '恒指收市報', suffix: '點' }],
    ['the start of the text (no prefix)', '騰訊升', { start: 0, end: 2 }, { exact: '騰訊', prefix: '', suffix: '升' }],
    ['an astral character counted as one', 'a𠀋b', { start: 1, end: 2 }, { exact: '𠀋', prefix: 'a', suffix: 'b' }],
    ['a span past the end, clamped', '騰訊', { start: 1, end: 9 }, { exact: '訊', prefix: '騰', suffix: '' }],
  ])('%s', (_name, text, span, expected) => {
    expect(describeSpan(text, span)).toMatchObject(expected);
  });

  it(`keeps at most ${CONTEXT} code points of context either side`, () => {
    const text = `${'甲'.repeat(50)}乙${'丙'.repeat(50)}`;
    const sel = describeSpan(text, { start: 50, end: 51 });
    expect([...sel.prefix]).toHaveLength(CONTEXT);
    expect([...sel.suffix]).toHaveLength(CONTEXT);
  });
});

describe('anchor', () => {
  const second = at(PAGE, '騰訊（00700）升2%', 30);
  const sel = describeSpan(PAGE, second);

  it.each([
    ['the same text: at its offsets', PAGE, ok({ span: second, via: 'position' })],
    ['text put before it: found by its quote and context', `頭條\n${PAGE}`, ok({ span: { start: second.start + 3, end: second.end + 3 }, via: 'quote' })],
    ['the same text shown twice: ambiguous, never guessed', `頭條\n${PAGE}${PAGE}`, refuse('ambiguous')],
    ['the quote gone', PAGE.replace('另一段：騰訊', '另一段：阿里'), refuse('missing')],
    ['a look-alike with other context only', '騰訊（00700）升2%。', refuse('missing')],
    ['its context edited', PAGE.replace('另一段', '第二段'), refuse('missing')],
  ])('%s', (_name, text, expected) => {
    expect(anchor(text, sel)).toEqual(expected);
  });

  it('an empty quote is never placed', () => {
    expect(anchor(PAGE, { start: 0, end: 0, exact: '', prefix: '', suffix: '' })).toEqual(refuse('missing'));
  });

  it('counts code points when astral characters come before it', () => {
    const text = '𠀋𠀋騰訊升';
    expect(anchor(`𠀋${text}`, describeSpan(text, { start: 2, end: 4 }))).toEqual(ok({ span: { start: 3, end: 5 }, via: 'quote' }));
  });
});

// A small alphabet (with an astral character) makes repeats, look-alikes and overlaps common.
const alphabet = ['騰', '訊', '升', '2', '%', '。', '\n', '𠀋', 'a'];
const text = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 60 }).map((a) => a.join(''));
const textAndSpan = text.chain((t) => {
  const n = [...t].length;
  return fc.tuple(fc.constant(t), fc.integer({ min: 0, max: n - 1 }).chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: n }))));
});

describe('anchor: properties', () => {
  it('an unchanged text always gives back the same range, at its offsets', () => {
    fc.assert(
      fc.property(textAndSpan, ([t, [start, end]]) => {
        expect(anchor(t, describeSpan(t, { start, end }))).toEqual(ok({ span: { start, end }, via: 'position' }));
      }),
    );
  });

  it('a text with the quote taken out leaves it orphaned', () => {
    fc.assert(
      fc.property(textAndSpan, ([t, [start, end]]) => {
        const sel = describeSpan(t, { start, end });
        expect(anchor(t.split(sel.exact).join('X'), sel)).toEqual(refuse('missing'));
      }),
    );
  });

  it('never attaches to a different occurrence: what it finds holds the quote within its whole context, and a quote found away from its offsets is the only one', () => {
    fc.assert(
      fc.property(textAndSpan, text, text, ([t, [start, end]], before, after) => {
        const sel = describeSpan(t, { start, end });
        const edited = `${before}${t}${after}`;
        const found = anchor(edited, sel);
        const whole = sel.prefix + sel.exact + sel.suffix;
        const occurrences = edited.split(whole).length - 1;
        if (!found.ok) return;
        const map = codePointMap(edited);
        const { start: s, end: e } = found.data.span;
        expect(sliceCodePoints(edited, map, s, e)).toBe(sel.exact);
        expect(sliceCodePoints(edited, map, 0, s).endsWith(sel.prefix)).toBe(true);
        expect(sliceCodePoints(edited, map, e, map.length).startsWith(sel.suffix)).toBe(true);
        if (found.data.via === 'quote') expect(occurrences).toBe(1);
      }),
    );
  });

  it('a passage repeated with its context is never guessed at when its offsets moved', () => {
    fc.assert(
      fc.property(textAndSpan, ([t, [start, end]]) => {
        const sel = describeSpan(t, { start, end });
        // Two copies of the page after a line of X: the quote's offsets now point into the X's or the wrong copy.
        const edited = `${'X'.repeat([...t].length + 1)}\n${t}${t}`;
        const found = anchor(edited, sel);
        expect(found.ok).toBe(false);
      }),
    );
  });
});

describe('trimSpan', () => {
  it.each([
    [{ start: 1, end: 4 }, { start: 2, end: 3 }],
    [{ start: 0, end: 3 }, { start: 0, end: 3 }],
    [{ start: 1, end: 2 }, undefined],
    [{ start: -3, end: 99 }, { start: 0, end: 3 }],
  ])('%j → %j', (span, expected) => {
    expect(trimSpan('甲 乙\n', span)).toEqual(expected);
  });
});
