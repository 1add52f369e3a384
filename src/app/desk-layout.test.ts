import { describe, expect, it } from 'vitest';
import { forgetOldSideDefault, SIDE_DEFAULT, SIDE_GROUP } from './desk-layout';

/** A Storage holding one stored side layout (or none). */
function storageWith(layout: Record<string, number> | undefined) {
  const items = new Map<string, string>();
  if (layout) items.set(`react-resizable-panels:${SIDE_GROUP}`, JSON.stringify(layout));
  return { items, getItem: (k: string) => items.get(k) ?? null, removeItem: (k: string) => void items.delete(k) };
}

describe('the side column’s split', () => {
  it('gives the watchlist more room than the notebook, and less than the charts', () => {
    expect(SIDE_DEFAULT['p-watchlist']).toBeGreaterThan(SIDE_DEFAULT['p-notebook']);
    expect(SIDE_DEFAULT['p-watchlist']).toBeLessThan(SIDE_DEFAULT['p-charts']);
    expect(Object.values(SIDE_DEFAULT).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('forgets a stored split that is the old default (the panes library stored it unasked)', () => {
    const storage = storageWith({ 'p-charts': 50, 'p-watchlist': 25, 'p-notebook': 25 });
    expect(forgetOldSideDefault(storage)).toBe(true);
    expect(storage.items.size).toBe(0);
  });

  it.each([
    ['a split the reader chose', { 'p-charts': 38.2, 'p-watchlist': 41.5, 'p-notebook': 20.3 }],
    ['the old default but one panel moved', { 'p-charts': 50, 'p-watchlist': 30, 'p-notebook': 20 }],
    ['the new default', { ...SIDE_DEFAULT }],
  ])('keeps %s', (_, layout) => {
    const storage = storageWith(layout);
    expect(forgetOldSideDefault(storage)).toBe(false);
    expect(JSON.parse(storage.items.get(`react-resizable-panels:${SIDE_GROUP}`)!)).toEqual(layout);
  });

  it('does nothing with nothing stored, or something unreadable', () => {
    expect(forgetOldSideDefault(storageWith(undefined))).toBe(false);
    const broken = storageWith(undefined);
    broken.items.set(`react-resizable-panels:${SIDE_GROUP}`, '{not json');
    expect(forgetOldSideDefault(broken)).toBe(false);
    expect(broken.items.size).toBe(1);
  });
});
