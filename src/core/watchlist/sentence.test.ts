import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence';

/** The span of `needle` in `text`, in code points. */
function spanOf(text: string, needle: string) {
  const start = [...text.slice(0, text.indexOf(needle))].length;
  return { start, end: start + [...needle].length };
}

describe('the sentence around a mention', () => {
  it('runs from after the previous full stop to the next one, inclusive', () => {
    const text = '市場觀望。阿里巴巴公布新模型，股價大升！其後回落';
    const s = sentenceAround(text, spanOf(text, '阿里巴巴'));
    expect(s.text).toBe('阿里巴巴公布新模型，股價大升！');
    expect(s.mark).toEqual({ start: 0, end: 4 });
    expect([s.clippedStart, s.clippedEnd]).toEqual([false, false]);
  });

  it('stops at line ends and trims the spaces around', () => {
    const text = '標題\n  心水股 阿里巴巴 (09988) 小米 (01810) \n下一段。';
    const s = sentenceAround(text, spanOf(text, '小米 (01810)'));
    expect(s.text).toBe('心水股 阿里巴巴 (09988) 小米 (01810)');
    expect(s.text.slice(s.mark.start, s.mark.end)).toBe('小米 (01810)');
  });

  it('keeps a closing quote with the sentence it ends and starts the next one after it', () => {
    const text = '他說：「騰訊（00700）會升。」騰訊（00700）其後公布業績？是的';
    expect(sentenceAround(text, spanOf(text, '騰訊（00700）會')).text).toBe('他說：「騰訊（00700）會升。」');
    const second = text.lastIndexOf('騰訊');
    expect(sentenceAround(text, { start: second, end: second + 9 }).text).toBe('騰訊（00700）其後公布業績？');
  });

  it('clips a long sentence to a window around the mention', () => {
    const text = `${'甲'.repeat(100)}騰訊${'乙'.repeat(100)}。`;
    const s = sentenceAround(text, spanOf(text, '騰訊'), 20);
    expect([...s.text].length).toBe(20);
    expect(s.text.slice(s.mark.start, s.mark.end)).toBe('騰訊');
    expect([s.clippedStart, s.clippedEnd]).toEqual([true, true]);
  });

  it('counts code points, so an astral character before the mention does not shift it', () => {
    const text = '𠵾字。𠵾阿里巴巴升';
    const s = sentenceAround(text, { start: 4, end: 8 });
    expect(s.text).toBe('𠵾阿里巴巴升');
    expect(s.span).toEqual({ start: 3, end: 9 });
    expect([...s.text].slice(s.mark.start, s.mark.end).join('')).toBe('阿里巴巴');
  });
});
