import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHk2s } from './hk2s';
import { mainlandZhe } from './mainland-zhe';

describe('mainlandZhe', () => {
  it.each([
    ['这意味著市场', '这意味着市场'],
    ['随著时间推移', '随着时间推移'],
    ['看著指数回落', '看着指数回落'],
    ['沿著趋势线', '沿着趋势线'],
    ['接著再升', '接着再升'],
    ['著陆', '着陆'],
    ['著手部署', '着手部署'],
    ['著重于', '着重于'],
    ['著眼长线', '着眼长线'],
    ['睡著', '睡着'],
    ['衣著', '衣着'],
    ['执著', '执着'],
  ])('particle or verb: %s → %s', (input, expected) => {
    expect(mainlandZhe(input)).toBe(expected);
  });

  it.each(['著名基金经理', '他的著作', '显著上升', '成效卓著', '臭名昭著', '土著', '名著', '编著', '著称于世', '专著', '著书立说'])('notable or written: %s stays', (input) => {
    expect(mainlandZhe(input)).toBe(input);
  });

  it('keeps every other character, and the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('著', '着', '名', '看', '显', '作', 'A', '1', '。') }), (s) => {
        const out = mainlandZhe(s);
        expect([...out].length).toBe([...s].length);
        [...s].forEach((ch, i) => expect([...out][i]).toBe(ch === '著' ? [...out][i] : ch));
      }),
    );
  });
});

describe('the reader’s hk→cn converter', () => {
  const hk2s = createHk2s();
  it('writes the particle as the mainland does, and keeps 著名', () => {
    expect(hk2s('這意味著著名的騰訊（00700）將隨著大市回升')).toBe('这意味着著名的腾讯（00700）将随着大市回升');
  });
});
