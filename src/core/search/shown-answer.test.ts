import { describe, expect, it } from 'vitest';
import { shownAnswer } from './shown-answer';

describe('shownAnswer', () => {
  it('shows nothing for a blank query', () => {
    expect(shownAnswer('', { query: '中國', result: ['a'] })).toEqual({ result: undefined, current: true });
  });

  it('keeps the answer to the query before on screen until this query’s own is in', () => {
    const before = { query: '科技', result: ['a', 'b'] };
    // Not emptied between the two answers: the hits stay where a press found them.
    expect(shownAnswer('中國科技', before)).toEqual({ result: before.result, current: false });
    const own = { query: '中國科技', result: ['b'] };
    expect(shownAnswer('中國科技', own)).toEqual({ result: own.result, current: true });
  });

  it('shows nothing, not current, before the first answer', () => {
    expect(shownAnswer('中國', undefined)).toEqual({ result: undefined, current: false });
  });
});
