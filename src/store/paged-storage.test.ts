import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./idb-storage', () => import('./idb-storage.fake'));
const { db } = await import('./idb-storage.fake');
const { pagedIdbStorage } = await import('./paged-storage');
const { useStorageStatus } = await import('./storage-status');

interface Page {
  id: string;
  title: string;
  source: string;
}
interface State {
  pages: Record<string, Page>;
  corrections: Record<string, unknown[]>;
}

const NAME = 'lib';
const page = (id: string, source = `${id} 的全文`): Page => ({ id, title: id.toUpperCase(), source });
const state = (...pages: Page[]): State => ({ pages: Object.fromEntries(pages.map((p) => [p.id, p])), corrections: {} });
/** A storage whose store has read its state back: the state a store writes from then on. */
const ready = () => {
  const paged = pagedIdbStorage<State>(NAME);
  paged.readBack();
  return paged;
};
const index = () => JSON.parse(String(db.data.get(NAME))) as { state: { pages: Record<string, Partial<Page>> }; layout?: string };

describe('pagedIdbStorage', () => {
  beforeEach(() => {
    db.data.clear();
    db.writes.length = 0;
    db.failWrites = false;
    useStorageStatus.getState().dismiss();
  });

  it('stores the index without texts, each text under its own key, and reads the same state back', async () => {
    const { storage } = ready();
    const a = page('a');
    const b = page('b', '騰訊（00700）業績');
    await storage.setItem(NAME, { state: state(a, b), version: 1 });
    expect(index().layout).toBe('paged');
    expect(index().state.pages.a).toEqual({ id: 'a', title: 'A' });
    expect(db.data.get('lib:page:b')).toBe('騰訊（00700）業績');
    const read = ready().storage;
    expect(await read.getItem(NAME)).toEqual({ state: state(a, b), version: 1 });
  });

  it('writes only the pages that changed, and deletes the text of a page removed', async () => {
    const { storage } = ready();
    const a = page('a');
    const b = page('b');
    const c = page('c');
    await storage.setItem(NAME, { state: state(a, b, c), version: 1 });
    await storage.setItem(NAME, { state: state(a, { ...b, title: 'renamed' }, c), version: 1 });
    await storage.setItem(NAME, { state: state(a, { ...b, title: 'renamed' }), version: 1 });
    expect(db.writes.map((w) => [w.puts, w.deletes])).toEqual([
      [['lib', 'lib:page:a', 'lib:page:b', 'lib:page:c'], []],
      [['lib', 'lib:page:b'], []],
      [['lib', 'lib:page:b'], ['lib:page:c']],
    ]);
    expect(db.data.has('lib:page:c')).toBe(false);
  });

  it('does not write again what it has just read back', async () => {
    const a = page('a');
    await ready().storage.setItem(NAME, { state: state(a), version: 1 });
    db.writes.length = 0;
    const { storage } = ready();
    const read = (await storage.getItem(NAME))!;
    await storage.setItem(NAME, { state: { ...read.state, pages: { ...read.state.pages, b: page('b') } }, version: 1 });
    expect(db.writes.map((w) => w.puts)).toEqual([['lib', 'lib:page:b']]);
  });

  it('reads a library stored whole, and rewrites it in pages on the first change, in one transaction', async () => {
    const a = page('a');
    db.data.set(NAME, JSON.stringify({ state: state(a), version: 1 }));
    const { storage } = ready();
    const read = (await storage.getItem(NAME))!;
    expect(read.state).toEqual(state(a));
    await storage.setItem(NAME, read);
    expect(db.writes).toEqual([{ puts: ['lib', 'lib:page:a'], deletes: [] }]);
    expect(index().state.pages.a?.source).toBeUndefined();
    expect(db.data.get('lib:page:a')).toBe(a.source);
  });

  it('reads the other pages when one text is missing, keeps its entry aside and says so', async () => {
    await ready().storage.setItem(NAME, { state: state(page('a'), page('b')), version: 1 });
    db.data.delete('lib:page:a');
    const read = await ready().storage.getItem(NAME);
    expect(Object.keys(read!.state.pages)).toEqual(['b']);
    expect(db.data.get('lib:page:a:missing:corrupt')).toEqual({ id: 'a', title: 'A' });
    expect(useStorageStatus.getState().problem).toBe('corrupt');
  });

  it('reports a refused write, stores nothing of it, and stores what it missed the next time', async () => {
    const { storage } = ready();
    const a = page('a');
    const b = page('b');
    await storage.setItem(NAME, { state: state(a), version: 1 });
    db.failWrites = true;
    await storage.setItem(NAME, { state: state(a, b), version: 1 });
    expect(useStorageStatus.getState().problem).toBe('full');
    expect(db.data.has('lib:page:b')).toBe(false);
    expect(Object.keys(index().state.pages)).toEqual(['a']);
    db.failWrites = false;
    db.writes.length = 0;
    // The same page object again: its text is not stored yet, so it is written now.
    await storage.setItem(NAME, { state: state(a, b), version: 1 });
    expect(db.writes.map((w) => w.puts)).toEqual([['lib', 'lib:page:b']]);
    expect(db.data.get('lib:page:b')).toBe(b.source);
  });

  it('writes one change after another, each against what the last one stored', async () => {
    const { storage } = ready();
    const a = page('a');
    const b = page('b');
    const first = storage.setItem(NAME, { state: state(a), version: 1 });
    const second = storage.setItem(NAME, { state: state(a, b), version: 1 });
    await Promise.all([first, second]);
    expect(db.writes.map((w) => w.puts)).toEqual([
      ['lib', 'lib:page:a'],
      ['lib', 'lib:page:b'],
    ]);
  });

  it('hands an index that holds no pages to the store as it is, for the store to set aside', async () => {
    db.data.set(NAME, JSON.stringify({ state: { pages: null }, version: 1, layout: 'paged' }));
    expect(await ready().storage.getItem(NAME)).toEqual({ state: { pages: null }, version: 1, layout: 'paged' });
  });

  it('skips writes asked for before the store has read its state back, and writes after', async () => {
    db.data.set(NAME, JSON.stringify({ state: state(page('a')), version: 1 }));
    const paged = pagedIdbStorage<State>(NAME);
    const reading = paged.storage.getItem(NAME);
    // The sample page arriving while the library is read: the store's state is still empty.
    await paged.storage.setItem(NAME, { state: state(), version: 1 });
    const read = (await reading)!;
    expect(db.writes).toEqual([]);
    paged.readBack();
    await paged.storage.setItem(NAME, read);
    expect(Object.keys(index().state.pages)).toEqual(['a']);
  });

  it('never writes once the stored library could not be read', async () => {
    const { storage, readFailed } = ready();
    readFailed(new DOMException('blocked', 'UnknownError'));
    await storage.setItem(NAME, { state: state(page('a')), version: 1 });
    expect(db.writes).toEqual([]);
    expect(useStorageStatus.getState().problem).toBe('unavailable');
  });
});
