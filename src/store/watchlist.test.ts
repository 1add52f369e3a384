import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory localStorage, in place before the store module reads it. */
const memory = vi.hoisted(() => {
  class MemoryStorage implements Storage {
    private data = new Map<string, string>();
    get length() {
      return this.data.size;
    }
    clear() {
      this.data.clear();
    }
    getItem(key: string) {
      return this.data.get(key) ?? null;
    }
    key(i: number) {
      return [...this.data.keys()][i] ?? null;
    }
    removeItem(key: string) {
      this.data.delete(key);
    }
    setItem(key: string, value: string) {
      this.data.set(key, String(value));
    }
    keys() {
      return [...this.data.keys()];
    }
  }
  const storage = new MemoryStorage();
  (globalThis as { localStorage?: Storage }).localStorage = storage;
  return storage;
});

import { liveEntries, type WatchEntries } from '../core/watchlist';
import { TOMBSTONE_DAYS } from '../core/watchlist/merge';
import { useStorageStatus } from './storage-status';
import { followOtherTabs, useWatchlist, WATCHLIST_STORE } from './watchlist';

const TENCENT = { code: '00700', market: 'HK', name: '騰訊', script: 'hant' } as const;
const ALIBABA = { code: '09988', market: 'HK', name: '阿里巴巴', script: 'hant' } as const;
const codes = () => liveEntries(useWatchlist.getState().entries).map((e) => e.code);
const stored = () => JSON.parse(memory.getItem(WATCHLIST_STORE)!) as { version: number; state: { entries: WatchEntries } };

/** What another tab does: adds a stock to what is stored, and stores it. */
function otherTabAdds(stock: typeof ALIBABA) {
  const { version, state } = stored();
  const entry = { ...stock, note: '', rank: 1, addedAt: 5, updatedAt: Date.now() + 1000 };
  memory.setItem(WATCHLIST_STORE, JSON.stringify({ version, state: { entries: { ...state.entries, [`HK:${stock.code}`]: entry } } }));
}

beforeEach(() => {
  memory.clear();
  useWatchlist.setState({ entries: {} });
  useStorageStatus.setState({ problem: undefined });
});

describe('the watchlist store', () => {
  it('adds, notes, moves and removes, and stores each change as version 2', () => {
    const s = useWatchlist.getState();
    s.add({ ...TENCENT, from: { pageId: 'sample', articleId: 'a2', title: 'DeepSeek牽動AI產業價值重估', at: 1545 } });
    s.add(ALIBABA);
    s.setNote('HK:00700', '長線持有');
    s.moveTo('HK:09988', 0);
    expect(codes()).toEqual(['09988', '00700']);
    expect(stored().version).toBe(2);
    expect(stored().state.entries['HK:00700']).toMatchObject({ note: '長線持有', from: { articleId: 'a2' } });
    useWatchlist.getState().remove('HK:09988');
    expect(codes()).toEqual(['00700']);
    expect(stored().state.entries['HK:09988']!.removedAt).toBeTypeOf('number');
  });

  it('imports without duplicates and says how many were new', () => {
    useWatchlist.getState().add(TENCENT);
    const result = useWatchlist.getState().importStocks([
      { code: '00700', market: 'HK', note: '', line: 2 },
      { code: '600519', market: 'SH', name: '茅台', note: '', line: 3 },
    ]);
    expect(result).toEqual({ added: 1, already: 1 });
    expect(codes()).toEqual(['00700', '600519']);
  });

  it('migrates a version-1 list (codes only) and writes it back as version 2', async () => {
    memory.setItem(WATCHLIST_STORE, JSON.stringify({ version: 1, state: { codes: ['HK:00700', 'SH:600519'] } }));
    await useWatchlist.persist.rehydrate();
    expect(codes()).toEqual(['00700', '600519']);
    expect(stored().version).toBe(2);
    expect(Object.keys(stored().state.entries)).toEqual(['HK:00700', 'SH:600519']);
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });

  it.each([
    ['invalid JSON', '{"version":2,"state":{"entries":'],
    ['a wrong shape', JSON.stringify({ version: 2, state: { entries: ['HK:00700'] } })],
    ['no envelope', JSON.stringify(['HK:00700'])],
    ['a version-1 value of the wrong shape', JSON.stringify({ version: 1, state: { list: 'HK:00700' } })],
  ])('sets aside %s, reports it and starts empty', async (_what, raw) => {
    memory.setItem(WATCHLIST_STORE, raw);
    await useWatchlist.persist.rehydrate();
    expect(codes()).toEqual([]);
    expect(useStorageStatus.getState().problem).toBe('corrupt');
    const aside = memory.keys().filter((k) => k.startsWith(`${WATCHLIST_STORE}:corrupt:`));
    expect(aside).toHaveLength(1);
    expect(memory.getItem(aside[0]!)).toBe(raw);
    useWatchlist.getState().add(TENCENT);
    expect(Object.keys(stored().state.entries)).toEqual(['HK:00700']);
  });

  it('keeps the good entries of a partly damaged list, and keeps a copy of the whole', async () => {
    const good = { code: '00700', market: 'HK', script: 'hant', note: '', rank: 0, addedAt: 1, updatedAt: 1 };
    const raw = JSON.stringify({ version: 2, state: { entries: { 'HK:00700': good, 'HK:1': { code: 1 } } } });
    memory.setItem(WATCHLIST_STORE, raw);
    await useWatchlist.persist.rehydrate();
    expect(codes()).toEqual(['00700']);
    expect(useStorageStatus.getState().problem).toBe('corrupt');
    expect(memory.keys().some((k) => k.startsWith(`${WATCHLIST_STORE}:corrupt:`) && memory.getItem(k) === raw)).toBe(true);
  });

  it('merges rather than overwrites: another tab’s stock, stored meanwhile, survives this tab’s write', () => {
    useWatchlist.getState().add(TENCENT);
    // The other tab adds Alibaba to what it read (Tencent) and stores it; this tab hasn't heard yet.
    otherTabAdds(ALIBABA);
    useWatchlist.getState().setNote('HK:00700', '這個分頁的筆記');
    expect(Object.keys(stored().state.entries).sort()).toEqual(['HK:00700', 'HK:09988']);
    expect(stored().state.entries['HK:00700']!.note).toBe('這個分頁的筆記');
  });

  it('reads the list back when another tab writes, keeping both tabs’ stocks', async () => {
    const target = new EventTarget();
    const stop = followOtherTabs(target);
    useWatchlist.getState().add(TENCENT);
    otherTabAdds(ALIBABA);
    target.dispatchEvent(Object.assign(new Event('storage'), { key: WATCHLIST_STORE }));
    await vi.waitFor(() => expect(codes()).toEqual(['00700', '09988']));
    stop();
  });

  it('forgets, when it comes back into use, a stock another tab removed and pruned while it slept', async () => {
    const target = new EventTarget();
    const stop = followOtherTabs(target);
    const month = 86_400_000 * (TOMBSTONE_DAYS + 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      useWatchlist.getState().add(TENCENT);
      // Meanwhile another tab removed it and, a month on, a write pruned the tombstone.
      vi.setSystemTime(Date.now() + month);
      const { version } = stored();
      memory.setItem(WATCHLIST_STORE, JSON.stringify({ version, state: { entries: {} } }));
      expect(codes()).toEqual(['00700']);
      target.dispatchEvent(new Event('focus'));
      await vi.waitFor(() => expect(codes()).toEqual([]));
      useWatchlist.getState().add(ALIBABA);
      expect(Object.keys(stored().state.entries)).toEqual(['HK:09988']);
    } finally {
      vi.useRealTimers();
      stop();
    }
  });

  it('reports a full storage instead of throwing', () => {
    const spy = vi.spyOn(memory, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useWatchlist.getState().add(TENCENT)).not.toThrow();
    expect(codes()).toEqual(['00700']);
    expect(useStorageStatus.getState().problem).toBe('full');
    spy.mockRestore();
  });
});
