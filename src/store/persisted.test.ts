import { beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { StoredShape } from './shapes';

/** An in-memory localStorage, in place before the modules read it. */
const memory = await vi.hoisted(async () => (await import('./testing/memory-storage')).installMemoryStorage());
vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { db } = await import('./testing/idb-storage.fake');
const { persisted } = await import('./persisted');
const { STORED_SHAPES, storedEntries } = await import('./shapes');
const { SAMPLES } = await import('./testing/samples');
const { useStorageStatus } = await import('./storage-status');

const settle = () => new Promise((r) => setTimeout(r, 0));
interface Page {
  id: string;
  title: string;
  source: string;
  addedAt: number;
}
interface Facts {
  pages: Record<string, Page>;
  corrections: Record<string, never[]>;
  edited: Record<string, number>;
}
const page = (id: string, source = `${id} 的全文`): Page => ({ id, title: id.toUpperCase(), source, addedAt: 1 });
const facts = (...pages: Page[]): Facts => ({ pages: Object.fromEntries(pages.map((p) => [p.id, p])), corrections: {}, edited: {} });

/** The library's shape under a key of this test's own, at `version`, with `upgrades`. */
const libraryShape = (version = 1, upgrades: StoredShape<Facts>['upgrades'] = {}): StoredShape<Facts> => ({
  ...(STORED_SHAPES.library as unknown as StoredShape<Facts>),
  key: 'lib',
  version,
  upgrades,
});

/** A store persisted under `shape`, as the app's stores are made; resolves once it has read its state back. */
async function storeOf<F extends object>(shape: StoredShape<F>) {
  let hydrated!: () => void;
  const done = new Promise<void>((r) => (hydrated = r));
  const store = create<F>()(persisted<F, F>(shape, () => ({ ...shape.defaults }), { partialize: (s) => s, onHydrated: () => hydrated() }));
  await done;
  return store;
}

const index = () => JSON.parse(String(db.data.get('lib'))) as { state: { pages: Record<string, Partial<Page>> }; version: number; layout?: string };
const asides = (prefix: string) => [...db.data.keys(), ...memory.keys()].filter((k) => k.startsWith(prefix));

beforeEach(() => {
  db.data.clear();
  db.writes.length = 0;
  db.failWrites = false;
  db.failReads = false;
  memory.clear();
  useStorageStatus.getState().dismiss();
});

describe('persisted: every stored shape through its own storage', () => {
  it.each(Object.entries(STORED_SHAPES))('%s: written by one store, read back the same by the next', async (name, shape) => {
    const sample = SAMPLES[name as keyof typeof SAMPLES];
    const first = await storeOf(shape as StoredShape<object>);
    first.setState(sample);
    await settle();
    const area = shape.area === 'localStorage' ? memory : db.data;
    expect(Object.fromEntries(storedEntries(shape as StoredShape<object>, sample))).toEqual(
      Object.fromEntries([...area].filter(([k]) => k === shape.key || k.startsWith(`${shape.key}:page:`))),
    );
    const second = await storeOf(shape as StoredShape<object>);
    expect(second.getState()).toEqual(sample);
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });
});

describe('persisted: versions it does not know', () => {
  it('a newer version is copied aside and reported, and nothing is deleted or written over, whatever the reader does', async () => {
    const stored = storedEntries(libraryShape(3), facts(page('a'), page('b')));
    for (const [k, v] of stored) db.data.set(k, v);
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 3, 8), toFake: ['Date'] });
    const store = await storeOf(libraryShape(2));
    vi.useRealTimers();
    expect(store.getState()).toEqual(facts());
    expect(useStorageStatus.getState().problem).toBe('newer');
    expect(db.data.get('lib:version-3:2026-12-03T08:00:00.000Z')).toBe(stored[0]![1]);
    store.setState(facts(page('c')));
    store.setState(facts());
    await settle();
    for (const [k, v] of stored) expect(db.data.get(k)).toBe(v);
    expect(db.writes.filter((w) => w.deletes.length > 0 || w.puts.some((k) => !k.includes(':version-')))).toEqual([]);
  });

  it('a known older version is upgraded and read, its texts kept, and written back in the new version (the trap of a bump with no migrate)', async () => {
    for (const [k, v] of storedEntries(libraryShape(1), facts(page('a'), page('b')))) db.data.set(k, v);
    const up = vi.fn((state: unknown) => ({ state, dropped: 0 }));
    const store = await storeOf(libraryShape(2, { 1: up }));
    expect(up).toHaveBeenCalledOnce();
    expect(Object.keys(store.getState().pages)).toEqual(['a', 'b']);
    await settle();
    expect(index().version).toBe(2);
    expect(db.data.get('lib:page:a')).toBe('a 的全文');
    expect(db.writes.flatMap((w) => w.deletes)).toEqual([]);
  });

  it('in localStorage too: a newer watchlist is kept aside and never written over', async () => {
    const raw = JSON.stringify({ state: { entries: {}, groups: ['new'] }, version: 9 });
    memory.set('broadsheet-watchlist', raw);
    const store = await storeOf(STORED_SHAPES.watchlist as StoredShape<object>);
    store.setState(SAMPLES.watchlist);
    expect(memory.get('broadsheet-watchlist')).toBe(raw);
    expect(asides('broadsheet-watchlist:version-9:').map((k) => memory.get(k))).toEqual([raw]);
    expect(useStorageStatus.getState().problem).toBe('newer');
  });
});

describe('persisted: corrupt values', () => {
  it('an index that fails its schema is copied aside and reported; the store starts empty and deletes no page text', async () => {
    const [index0, ...texts] = storedEntries(libraryShape(), facts(page('a'), page('b')));
    const good = index0![1];
    const bad = good.replace('"title":"A"', '"title":7');
    db.data.set('lib', bad);
    for (const [k, v] of texts) db.data.set(k, v);
    const store = await storeOf(libraryShape());
    expect(store.getState().pages).toEqual({});
    expect(useStorageStatus.getState().problem).toBe('corrupt');
    expect(asides('lib:corrupt:').map((k) => db.data.get(k))).toEqual([bad]);
    store.setState(facts(page('c')));
    await settle();
    expect(Object.keys(index().state.pages)).toEqual(['c']);
    for (const [k, v] of texts) expect(db.data.get(k)).toBe(v);
    expect(db.writes.flatMap((w) => w.deletes)).toEqual([]);
  });

  it('text that is not JSON is copied aside once, however often it is read', async () => {
    memory.set('broadsheet-prefs', '{not json');
    const store = await storeOf(STORED_SHAPES.prefs as StoredShape<object>);
    await store.persist.rehydrate();
    expect(store.getState()).toEqual(STORED_SHAPES.prefs.defaults);
    expect(asides('broadsheet-prefs:corrupt:').map((k) => memory.get(k))).toEqual(['{not json']);
  });
});

describe('persisted: the paged library layout', () => {
  it('writes only the pages that changed, and deletes the text of a page the store removed', async () => {
    const store = await storeOf(libraryShape());
    const [a, b, c] = [page('a'), page('b'), page('c')];
    store.setState(facts(a, b, c));
    await settle();
    store.setState(facts(a, { ...b, title: 'renamed' }, c));
    await settle();
    store.setState(facts(a, { ...b, title: 'renamed' }));
    await settle();
    expect(db.writes.map((w) => [w.puts, w.deletes])).toEqual([
      [['lib', 'lib:page:a', 'lib:page:b', 'lib:page:c'], []],
      [['lib', 'lib:page:b'], []],
      [['lib', 'lib:page:b'], ['lib:page:c']],
    ]);
    expect(index().layout).toBe('paged');
    expect(index().state.pages.a).toEqual({ id: 'a', title: 'A', addedAt: 1 });
  });

  it('does not write again what it has just read back', async () => {
    for (const [k, v] of storedEntries(libraryShape(), facts(page('a')))) db.data.set(k, v);
    const store = await storeOf(libraryShape());
    store.setState((s) => ({ pages: { ...s.pages, b: page('b') } }));
    await settle();
    expect(db.writes.map((w) => w.puts)).toEqual([['lib', 'lib:page:b']]);
  });

  it('reads a library stored whole, and rewrites it in pages on the first change', async () => {
    db.data.set('lib', JSON.stringify({ state: facts(page('a')), version: 1 }));
    const store = await storeOf(libraryShape());
    expect(store.getState()).toEqual(facts(page('a')));
    store.setState({ corrections: {} });
    await settle();
    expect(db.writes).toEqual([{ puts: ['lib', 'lib:page:a'], deletes: [] }]);
    expect(index().state.pages.a?.source).toBeUndefined();
  });

  it('reads the other pages when one text is missing, keeps its entry aside and says so', async () => {
    for (const [k, v] of storedEntries(libraryShape(), facts(page('a'), page('b')))) db.data.set(k, v);
    db.data.delete('lib:page:a');
    const store = await storeOf(libraryShape());
    expect(Object.keys(store.getState().pages)).toEqual(['b']);
    expect(asides('lib:page:a:missing:').map((k) => db.data.get(k))).toEqual([{ id: 'a', title: 'A', addedAt: 1 }]);
    expect(useStorageStatus.getState().problem).toBe('corrupt');
  });

  it('reports a refused write, and stores what it missed the next time', async () => {
    const store = await storeOf(libraryShape());
    const [a, b] = [page('a'), page('b')];
    store.setState(facts(a));
    await settle();
    db.failWrites = true;
    store.setState(facts(a, b));
    await settle();
    expect(useStorageStatus.getState().problem).toBe('full');
    expect(db.data.has('lib:page:b')).toBe(false);
    db.failWrites = false;
    db.writes.length = 0;
    store.setState({ corrections: {} });
    await settle();
    expect(db.writes.map((w) => w.puts)).toEqual([['lib', 'lib:page:b']]);
  });

  it('skips writes asked for before the store has read its state back', async () => {
    for (const [k, v] of storedEntries(libraryShape(), facts(page('a')))) db.data.set(k, v);
    let hydrated!: () => void;
    const done = new Promise<void>((r) => (hydrated = r));
    const store = create<Facts>()(persisted<Facts, Facts>(libraryShape(), () => facts(), { partialize: (s) => s, onHydrated: () => hydrated() }));
    store.setState(facts()); // the sample arriving while the library is read: the state is still empty
    await done;
    expect(db.writes).toEqual([]);
    expect(Object.keys(store.getState().pages)).toEqual(['a']);
  });

  it('never writes once storage refused to be read', async () => {
    db.failReads = true;
    const store = await storeOf(libraryShape());
    db.failReads = false;
    store.setState(facts(page('a')));
    await settle();
    expect(db.writes).toEqual([]);
    expect(useStorageStatus.getState().problem).toBe('unavailable');
  });
});
