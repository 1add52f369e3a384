import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outsideProtected, protectedSpans } from './protected-spans';

const texts = (text: string) => protectedSpans(text).map(({ start, end }) => [...text].slice(start, end).join(''));

describe('protectedSpans', () => {
  it.each([
    ['騰訊 (00700) 升3%', ['(00700)', '3%']],
    ['和電香港(00215.HK)宣布', ['(00215.HK)']],
    ['南方航空（600029.SH）、*ST海航（600221.SH）', ['（600029.SH）', 'ST', '（600221.SH）']],
    ['阿里巴巴（９９８８）', ['（９９８８）']],
    ['吉祥航空603885.SH跌', ['603885.SH']],
    ['OpenAI估值3000億美元', ['OpenAI', '3000']],
    ['GDP和MBS', ['GDP', 'MBS']],
    ['首席執行官Sam Altman還表示', ['Sam Altman']],
    ['與OpenAI-o1旗鼓相當，Gemini 2.0狙擊', ['OpenAI-o1', 'Gemini 2.0']],
    ['報2.75港元，市值1,103億，跌6.46%', ['2.75', '1,103', '6.46%']],
    ['見https://example.com/a?x=1。', ['https://example.com/a?x=1']],
    ['網址www.aastocks.com，', ['www.aastocks.com']],
    ['全形ＡＩ與１２３', ['ＡＩ', '１２３']],
    ['沒有要保護的', []],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('counts offsets in code points', () => {
    expect(protectedSpans('𠀋𠀋GDP')).toEqual([{ start: 2, end: 5 }]);
  });

  it('returns sorted spans that never overlap', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'騰訊(（00700）.HK)SH 3,5%ABCé-https://x.y/') }), (text) => {
        const spans = protectedSpans(text);
        spans.forEach((s, i) => {
          expect(s.start).toBeLessThan(s.end);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        });
      }),
    );
  });
});

describe('outsideProtected', () => {
  it('hands only the unprotected text to the converter and copies the rest', () => {
    const seen: string[] = [];
    const mark = outsideProtected((s) => {
      seen.push(s);
      return s.replace(/./gu, '＊');
    });
    expect(mark('騰訊(00700)升3%，OpenAI')).toBe('＊＊(00700)＊3%＊OpenAI');
    expect(seen).toEqual(['騰訊', '升', '，']);
  });

  it('leaves every protected span byte-identical even under a converter that rewrites everything', () => {
    const wreck = outsideProtected((s) => s.replace(/./gu, 'x'));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'股價(（00700）)升3.5%億OpenAI GDP https://a.b/c 𠀋') }), (text) => {
        const out = [...wreck(text)];
        const source = [...text];
        expect(out).toHaveLength(source.length);
        for (const { start, end } of protectedSpans(text)) expect(out.slice(start, end)).toEqual(source.slice(start, end));
      }),
    );
  });
});
