import { createStore, del, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';

/**
 * zustand `persist` storage on IndexedDB through idb-keyval (a 600-byte, well-kept wrapper:
 * promises over one object store, nothing more). When IndexedDB is missing or refuses
 * (private mode, quota, a blocked upgrade) the calls reject and the store falls back to
 * memory, saying so: see `library.ts`.
 */
let db: UseStore | undefined;
function store(): UseStore {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  db ??= createStore('broadsheet', 'kv');
  return db;
}

export const idbStorage: StateStorage<Promise<void>> = {
  getItem: async (name) => (await get<string>(name, store())) ?? null,
  setItem: async (name, value) => set(name, value, store()),
  removeItem: async (name) => del(name, store()),
};

/** Keeps a copy of a stored value that could not be read, so nothing the reader saved is lost. */
export async function setAside(name: string, raw: unknown): Promise<void> {
  try {
    await set(`${name}:corrupt:${Date.now()}`, raw, store());
  } catch {
    // Storage refuses even that: the in-memory state still works; the message says so.
  }
}

export async function readRaw(name: string): Promise<unknown> {
  return get(name, store());
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
