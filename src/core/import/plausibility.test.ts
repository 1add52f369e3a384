import { describe, expect, it } from 'vitest';
import { plausibility } from './plausibility';

describe('plausibility', () => {
  it.each<[string, string, number, number]>([
    ['plain ASCII', 'HSI 20000 +1.5%\n', 1, 1],
    ['common characters and CJK punctuation', '中國的經濟，「很好」。', 1, 1],
    ['common Simplified characters', '中国的经济发展', 1, 1],
    ['replacement characters', '\uFFFD\uFFFD', -3, -3],
    ['private-use characters', '\uE4C6\uE4C7', -2, -2],
    ['NUL and other controls', 'a\u0000b\u0001', -3, -3],
    ['kana and box drawing', 'いゅ┌┐', -1, -1],
    ['rare Han only', '亍丌兀丐', 0.25, 0.25],
  ])('%s', (_name, text, min, max) => {
    const { score } = plausibility(text);
    expect(score).toBeGreaterThanOrEqual(min);
    expect(score).toBeLessThanOrEqual(max);
  });
});
