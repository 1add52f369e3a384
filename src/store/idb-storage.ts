import { createStore, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';

/**
 * IndexedDB through idb-keyval (a 600-byte, well-kept wrapper: promises over one object store,
 * nothing more): database `broadsheet`, object store `kv`. When IndexedDB is missing or refuses
 * (private mode, quota, a blocked upgrade) the calls reject; `persisted()` then keeps the store
 * in memory and says so. Only `persisted.ts` uses this module.
 */
let db: UseStore | undefined;
function store(): UseStore {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  db ??= createStore('broadsheet', 'kv');
  return db;
}

export async function readRaw(key: string): Promise<unknown> {
  return get(key, store());
}

/** Several stored values at once, in one transaction; undefined where a key holds nothing. */
export async function readMany(keys: readonly string[]): Promise<unknown[]> {
  return getMany([...keys], store());
}

/** Puts and deletes in one transaction: all of them happen, or none does. */
export async function writeAtomically(puts: ReadonlyArray<readonly [string, unknown]>, deletes: readonly string[]): Promise<void> {
  await store()('readwrite', (s) => {
    for (const [key, value] of puts) s.put(value, key);
    for (const key of deletes) s.delete(key);
    return promisifyRequest(s.transaction);
  });
}

/** Keeps a copy of a stored value under a key of its own (see `asideKey`). */
export async function keepAside(key: string, raw: unknown): Promise<void> {
  await set(key, raw, store());
}
