import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createKeyedCache } from './keyed-cache';

describe('createKeyedCache', () => {
  it('counts a use on get and set, not on peek', () => {
    const cache = createKeyedCache<number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.get('a');
    cache.set('b', 4);
    expect(cache.keys()).toEqual(['c', 'a', 'b']);
  });

  it('drops the least recently used entry past its bound', () => {
    const cache = createKeyedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now more recent than b
    cache.set('c', 3);
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(cache.has('b')).toBe(false);
  });

  it('never evicts a pinned key, however many others come and go', () => {
    const cache = createKeyedCache<number>(3);
    cache.set('open', 0);
    const release = cache.pin('open');
    for (let i = 0; i < 100; i++) cache.set(`p${i}`, i);
    expect(cache.peek('open')).toBe(0);
    expect(cache.size).toBe(4); // the pinned page and room for three others
    release();
    for (let i = 100; i < 103; i++) cache.set(`p${i}`, i);
    expect(cache.has('open')).toBe(false);
  });

  it('never evicts a key with a live subscriber; the bound counts the others', () => {
    const cache = createKeyedCache<number>(1);
    const offA = cache.subscribe('a', () => {});
    const offB = cache.subscribe('b', () => {});
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.set('d', 4);
    // a and b are watched: kept; c went when d came.
    expect(cache.keys()).toEqual(['a', 'b', 'd']);
    offA();
    expect(cache.has('a')).toBe(false); // unsubscribing lets the bound apply again
    expect(cache.keys()).toEqual(['b', 'd']);
    offB();
    expect(cache.keys()).toEqual(['d']);
  });

  it('notifies the subscribers of a key, and of no other key', () => {
    const cache = createKeyedCache<string>(10);
    const onA = vi.fn();
    const onB = vi.fn();
    cache.subscribe('a', onA);
    cache.subscribe('b', onB);
    cache.set('a', 'x');
    cache.set('a', 'y');
    cache.set('c', 'z');
    expect(onA).toHaveBeenCalledTimes(2);
    expect(onB).not.toHaveBeenCalled();
    cache.delete('b'); // nothing there: nothing changed, nobody told
    expect(onB).not.toHaveBeenCalled();
    cache.set('b', 'w');
    cache.delete('b');
    expect(onB).toHaveBeenCalledTimes(2);
    expect(onA).toHaveBeenCalledTimes(2);
  });

  it('a quiet set tells nobody; an unsubscribed listener hears nothing more', () => {
    const cache = createKeyedCache<number>(10);
    const listener = vi.fn();
    const off = cache.subscribe('a', listener);
    cache.set('a', 1, { quiet: true });
    expect(listener).not.toHaveBeenCalled();
    off();
    cache.set('a', 2);
    expect(listener).not.toHaveBeenCalled();
  });

  it('pins nest: a key stays until every pin is released', () => {
    const cache = createKeyedCache<number>(0);
    const one = cache.pin('a');
    const two = cache.pin('a');
    cache.set('a', 1);
    one();
    one(); // releasing twice counts once
    cache.set('b', 2);
    expect(cache.has('a')).toBe(true);
    two();
    expect(cache.has('a')).toBe(false);
  });

  it('peek does not count as a use', () => {
    const cache = createKeyedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.peek('a');
    cache.set('c', 3);
    expect(cache.has('a')).toBe(false);
  });

  it('whatever is done, kept keys survive and the rest fit the bound', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant('pin' as const), key: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant('sub' as const), key: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant('release' as const), key: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(op, { maxLength: 60 }), (bound, ops) => {
        const cache = createKeyedCache<number>(bound);
        const holds = new Map<string, (() => void)[]>();
        for (const { kind, key: n } of ops) {
          const key = `k${n}`;
          if (kind === 'set') cache.set(key, n);
          else if (kind === 'get') cache.get(key);
          else if (kind === 'release') holds.get(key)?.pop()?.();
          else holds.set(key, [...(holds.get(key) ?? []), kind === 'pin' ? cache.pin(key) : cache.subscribe(key, () => {})]);
          const keptKeys = [...holds].filter(([, h]) => h.length > 0).map(([k]) => k);
          const unkept = cache.keys().filter((k) => !keptKeys.includes(k));
          if (unkept.length > bound) return false;
          if (kind === 'set' && !cache.has(key) && keptKeys.includes(key)) return false;
        }
        return true;
      }),
    );
  });
});
