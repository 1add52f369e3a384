import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../text/code-points';
import { MAX_PIECE, speakable, spokenPieces } from './index';

const speaks = (text: string, max?: number) => spokenPieces(text, max).map((p) => p.speak);

describe('speakable: the words a voice is given', () => {
  it.each([
    ['thousands separators are not pauses', '恒指收報20,225點', [], '恒指收報20225點'],
    ['full-width digits are digits', '恒指２５２００點', [], '恒指25200點'],
    ['a decimal and a percentage stay numbers', '升2.3%', [], '升2.3%'],
    ['a clause comma after a number stays', '升3，000人觀望', [], '升3，000人觀望'],
    ['a code is read digit by digit', '騰訊 (00700)', [{ start: 4, end: 9 }], '騰訊 (零零七零零)'],
    ['a Reuters code drops its dot', '騰訊0700.HK', [{ start: 2, end: 9 }], '騰訊零七零零 HK'],
    ['a full-width code too', '中國移動（９４１）', [{ start: 5, end: 8 }], '中國移動（九四一）'],
  ])('%s', (_, text, codes, spoken) => {
    expect(speakable(text, codes)).toBe(spoken);
  });
});

describe('spokenPieces: a paragraph a sentence at a time', () => {
  it('speaks each sentence, codes as codes, in order', () => {
    expect(speaks('騰訊 (00700) 收報512元。恒指升2.3%！\n')).toEqual(['騰訊 (零零七零零) 收報512元。', '恒指升2.3%！\n']);
  });

  it('reads a US ticker as written', () => {
    expect(speaks('英偉達（NASDAQ: NVDA）跌3%。')).toEqual(['英偉達（NASDAQ: NVDA）跌3%。']);
  });

  it('cuts a long sentence after a clause mark, never inside a code', () => {
    const long = `${'港股今日高開，'.repeat(6)}騰訊 (00700) 升2%。`;
    const pieces = spokenPieces(long, 20);
    expect(pieces.every((p) => p.span.end - p.span.start <= 20 || p.speak.includes('零零七零零'))).toBe(true);
    expect(pieces.map((p) => p.speak).join('')).toBe(speakable(long, [{ start: long.indexOf('00700'), end: long.indexOf('00700') + 5 }]));
    expect(pieces.slice(0, -1).every((p) => p.speak.endsWith('，'))).toBe(true);
  });

  it('leaves out blank pieces', () => {
    expect(speaks('\n\n  \n')).toEqual([]);
  });

  it('property: the pieces cover the text in order, each within the limit unless a code holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('恒', '指', '升', '，', '。', '1', '2', ',', '%', ' ', '\n', '騰訊 (00700)', '（９４１）'), { maxLength: 200 }), fc.integer({ min: 8, max: MAX_PIECE }), (parts, max) => {
        const text = parts.join('');
        const pieces = spokenPieces(text, max);
        let at = 0;
        for (const p of pieces) {
          expect(p.span.start).toBeGreaterThanOrEqual(at);
          expect(p.span.end).toBeGreaterThan(p.span.start);
          at = p.span.end;
        }
        expect(at).toBeLessThanOrEqual(codePointLength(text));
        // Nothing but whitespace is left unspoken.
        const spokenChars = pieces.reduce((n, p) => n + (p.span.end - p.span.start), 0);
        expect(codePointLength(text.replace(/\s/g, ''))).toBeLessThanOrEqual(spokenChars);
      }),
    );
  });
});
