import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latinBreaks } from './latin-breaks';

/** The text with a hyphen where it may break. */
const shown = (text: string) => {
  const chars = [...text];
  for (const at of latinBreaks(text).reverse()) chars.splice(at, 0, '-');
  return chars.join('');
};

describe('latinBreaks: where a long Latin word may break at a line end', () => {
  it.each([
    ['春節期間，最熱話題當屬DeepSeek，', '春節期間，最熱話題當屬Deep-Seek，'],
    ['OpenAI首席執行官Sam Altman還表示', 'Open-AI首席執行官Sam Alt-man還表示'],
    ['ChatGPT-4o與OpenAI-o1', 'Chat-GPT-4o與Open-AI-o1'],
    ['CloseAI、TikTok', 'Close-AI、Tik-Tok'],
    // Short words, acronyms, numbers, and words with no clear syllable stay whole.
    ['AI、GPT、NASDAQ、Google、Gemini、Claude、Scaling', 'AI、GPT、NASDAQ、Google、Gemini、Claude、Scaling'],
    ['收20225點，升2.3%，(00700)', '收20225點，升2.3%，(00700)'],
    // Digraphs stay together: not Was-hington nor Washin-gton.
    ['Washington', 'Washing-ton'],
  ])('%s', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  it('counts code points, so an astral character before a word does not shift its breaks', () => {
    expect(latinBreaks('𠮷DeepSeek')).toEqual([5]);
  });

  it('never breaks outside a Latin word, nor leaves fewer than two letters either side', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'e', 'T', 'k', 'S', 'm', '1', '.', ' ', '股', '𠮷') }), (text) => {
        const chars = [...text];
        for (const at of latinBreaks(text)) {
          const before = chars.slice(0, at).join('').match(/[A-Za-z]*$/u)![0];
          const after = chars.slice(at).join('').match(/^[A-Za-z]*/u)![0];
          expect(before.length).toBeGreaterThanOrEqual(2);
          expect(after.length).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });
});
