import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BigramSlots, bigramKey, sentenceBounds, textSimilarity } from './bigrams';

/** Dice the slow way: bigram strings in a Map. */
function naiveDice(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/\s/gu, '');
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return { m, size: Math.max(0, t.length - 1) };
  };
  const x = grams(a);
  const y = grams(b);
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const [k, n] of x.m) shared += Math.min(n, y.m.get(k) ?? 0);
  return (2 * shared) / (x.size + y.size);
}

const cjk = fc.array(fc.constantFrom('據', '創', '投', '公', '司', '，', '。', 'A', ' ', '1'), { maxLength: 40 }).map((a) => a.join(''));

describe('textSimilarity', () => {
  it('is the bigram Dice coefficient', () => {
    fc.assert(
      fc.property(cjk, cjk, (a, b) => {
        expect(textSimilarity(a, b)).toBeCloseTo(naiveDice(a, b), 12);
      }),
    );
  });

  it('scores a sentence with one word swapped above the caption threshold, and unrelated text low', () => {
    const original = '據創投機構援引OpenAI文件顯示，該公司預計到2029財年才可以實現盈利，屆時收入將達到1000億美元。';
    const quoted = '據創投機構援引OpenAI文件顯示，OpenAI預計到2029財年才可以實現盈利，屆時收入將達到1000億美元。';
    expect(textSimilarity(quoted, original)).toBeGreaterThanOrEqual(0.75);
    expect(textSimilarity(quoted, '美股高處不勝寒，港股紅盤高收。')).toBeLessThan(0.2);
  });
});

describe('sentenceBounds', () => {
  it('splits after 。！？ keeping closing quotes, and counts bigrams per sentence', () => {
    const text = '他說：「好。」然後走了！還有 尾巴';
    const b = sentenceBounds(text);
    const pieces: string[] = [];
    for (let i = 0; i < b.length; i += 3) pieces.push(text.slice(b[i], b[i + 1]));
    expect(pieces).toEqual(['他說：「好。」', '然後走了！', '還有 尾巴']);
    for (let i = 0; i < b.length; i += 3) {
      expect(b[i + 2]).toBe(text.slice(b[i], b[i + 1]).replace(/\s/g, '').length - 1);
    }
  });
});

describe('BigramSlots', () => {
  it('maps each distinct key to one dense slot, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }))), (pairs) => {
        const slots = new BigramSlots(2);
        const expected = new Map<number, number>();
        for (const [a, b] of pairs) {
          const key = bigramKey(a, b);
          const slot = slots.add(key);
          if (!expected.has(key)) expected.set(key, expected.size);
          expect(slot).toBe(expected.get(key));
        }
        for (const [key, slot] of expected) expect(slots.find(key)).toBe(slot);
        expect(slots.find(bigramKey(0x3000, 0x3000))).toBe(expected.get(bigramKey(0x3000, 0x3000)) ?? -1);
      }),
    );
  });
});
