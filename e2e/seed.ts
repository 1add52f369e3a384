import type { Page } from '@playwright/test';
import { encodeWhole, STORED_SHAPES, storedEntries, type StorageArea, type StoredShape, type StoredShapeName } from '../src/store/shapes';

/**
 * Stored state for a test, written through the app's own storage module: the entries are built
 * in Node by the same serialisers the stores write with (`storedEntries`, `encodeWhole`), under
 * the keys and in the storage areas `STORED_SHAPES` names, never in a format written here by hand.
 */
export type Seed = { [K in StoredShapeName]?: (typeof STORED_SHAPES)[K]['defaults'] };

type Entries = Record<StorageArea, Array<[string, string]>>;

/** Puts each shape's state into storage exactly as the app stores it, before the app reads it. */
export async function seedStorage(page: Page, seed: Seed): Promise<void> {
  const entries: Entries = { localStorage: [], indexedDB: [] };
  for (const [name, state] of Object.entries(seed)) {
    const shape = STORED_SHAPES[name as StoredShapeName] as StoredShape<unknown>;
    entries[shape.area].push(...storedEntries(shape, state));
  }
  await write(page, entries);
}

/**
 * Puts `raw` under a shape's key, in the shape's storage area: for what the app did not write
 * (a corrupt value, a newer version's, an earlier layout), with the key and place still the app's.
 */
export async function seedRaw(page: Page, name: StoredShapeName, raw: string): Promise<void> {
  const shape = STORED_SHAPES[name];
  const entries: Entries = { localStorage: [], indexedDB: [] };
  entries[shape.area].push([shape.key, raw]);
  await write(page, entries);
}

/** A shape's state as a version of the app `version` would store it whole (a newer version's, say). */
export function storedAs<N extends StoredShapeName>(_name: N, state: NonNullable<Seed[N]>, version: number): string {
  return encodeWhole({ version }, state);
}

interface SeedPage {
  id: string;
  title: string;
  source: string;
}

/** A library of these pages (added one after another, now), as the app stores it. */
export async function seedLibrary(page: Page, ...pages: SeedPage[]): Promise<void> {
  const now = Date.now();
  await seedStorage(page, {
    library: {
      pages: Object.fromEntries(pages.map((p, i) => [p.id, { ...p, addedAt: now + i }])),
      corrections: {},
      edited: Object.fromEntries(pages.map((p, i) => [p.id, now + i])),
    },
  });
}

async function write(page: Page, entries: Entries): Promise<void> {
  // A same-origin document that doesn't run the app, so nothing reads or writes storage meanwhile.
  await page.goto('/favicon.svg');
  await page.evaluate(async ({ localStorage: local, indexedDB: idb }) => {
    for (const [key, value] of local) localStorage.setItem(key, value);
    if (idb.length === 0) return;
    // The app's database and object store (src/store/idb-storage.ts: idb-keyval's createStore).
    const open = indexedDB.open('broadsheet');
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('kv', 'readwrite');
    for (const [key, value] of idb) tx.objectStore('kv').put(value, key);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
}
