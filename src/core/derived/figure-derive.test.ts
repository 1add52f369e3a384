import { describe, expect, it } from 'vitest';
import day1 from '../../../e2e/pages/series-2025-01-28.txt?raw';
import day3 from '../../../e2e/pages/series-2025-02-11.txt?raw';
import { series } from '../series';
import { deriveFigures, figuresKey, type StoredFigures } from './figure-derive';
import type { KeyedStore } from './stored-derive';

function memoryStore() {
  const map = new Map<string, StoredFigures>();
  const store: KeyedStore<StoredFigures> = {
    getMany: (keys) => Promise.resolve(keys.map((k) => structuredClone(map.get(k)))),
    setMany: (entries) => Promise.resolve(void entries.forEach(([k, v]) => map.set(k, structuredClone(v)))),
    keys: () => Promise.resolve([...map.keys()]),
    delMany: (keys) => Promise.resolve(void keys.forEach((k) => map.delete(k))),
  };
  return { map, store };
}

const pages = [
  { id: 'd1', source: day1, pageDate: '2025-01-28' },
  { id: 'd3', source: day3, pageDate: '2025-02-11' },
];
const live = ['d1', 'd3'];

describe('deriveFigures', () => {
  it('builds each page once: a reload reads every page back', async () => {
    const { store, map } = memoryStore();
    const first = await deriveFigures({ pages, live }, { store, version: 'v1' });
    expect(first.built).toBe(2);
    const again = await deriveFigures({ pages, live }, { store, version: 'v1' });
    expect(again.built).toBe(0);
    expect(again.pages).toEqual(first.pages);
    expect(map.size).toBe(2);
  });

  it("rebuilds only a page whose date was corrected, moving its relative dates, and drops what it replaced", async () => {
    const { store, map } = memoryStore();
    await deriveFigures({ pages, live }, { store, version: 'v1' });
    const moved = [pages[0]!, { ...pages[1]!, pageDate: '2025-02-18' }];
    const after = await deriveFigures({ pages: moved, live }, { store, version: 'v1' });
    expect(after.built).toBe(1);
    const close = series({ pages: after.pages }, 'index:HSI', 'level').points.find((p) => p.value === 20530)!;
    expect(close.date).toBe('2025-02-17');
    expect([...map.keys()].sort()).toEqual([figuresKey(moved[0]!, 'v1'), figuresKey(moved[1]!, 'v1')].sort());
  });

  it('drops a deleted page, and a new version rebuilds', async () => {
    const { store, map } = memoryStore();
    await deriveFigures({ pages, live }, { store, version: 'v1' });
    await deriveFigures({ pages: [pages[0]!], live: ['d1'] }, { store, version: 'v1' });
    expect([...map.keys()].map((k) => k.split('\u0000')[0])).toEqual(['d1']);
    expect((await deriveFigures({ pages: [pages[0]!], live: ['d1'] }, { store, version: 'v2' })).built).toBe(1);
  });
});
