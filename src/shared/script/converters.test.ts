import { describe, expect, it } from 'vitest';
import { conversionsFor, useConverters } from './converters';

/** What each kind of view re-renders on, before and after each converter event. */
describe('conversionsFor: a view re-renders only on the converter it needs', () => {
  const convert = (s: string) => s;
  const states = [
    { hk2s: undefined, s2hkAnswers: 0 },
    { hk2s: convert, s2hkAnswers: 0 }, // the hk→cn tables arrive
    { hk2s: convert, s2hkAnswers: 1 }, // the cn→hk worker answers a batch
    { hk2s: convert, s2hkAnswers: 2 },
  ];
  const changes = (select: (s: (typeof states)[number]) => unknown) => states.slice(1).map((s, i) => !Object.is(select(s), select(states[i]!)));

  it('a view shown in its own script follows neither converter', () => {
    expect(changes(conversionsFor('hant', 'hant'))).toEqual([false, false, false]);
    expect(changes(conversionsFor('hans', 'hans'))).toEqual([false, false, false]);
  });

  it('Traditional shown in Simplified waits once, for the hk→cn tables, and not for the worker', () => {
    expect(changes(conversionsFor('hant', 'hans'))).toEqual([true, false, false]);
  });

  it('Simplified shown in Traditional follows each of the worker’s answers, and not the tables', () => {
    expect(changes(conversionsFor('hans', 'hant'))).toEqual([false, true, true]);
  });

  it('starts with no converter and no answer', () => {
    expect(useConverters.getState()).toEqual({ hk2s: undefined, s2hkAnswers: 0 });
  });
});
