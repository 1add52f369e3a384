import type { Page } from '@playwright/test';

/**
 * Everything the app has stored in IndexedDB, as one string: every value of every object store
 * of every database, JSON-encoded. Whatever the stored layout, a test can wait until a text it
 * entered has reached storage (a write is asynchronous) without knowing the layout.
 */
export function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const parts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) parts.push(JSON.stringify(await request(db.transaction(store).objectStore(store).getAll())));
      db.close();
    }
    return parts.join('\n');
  });
}

/** The values of the app's own IndexedDB store (`broadsheet`, object store `kv`), by key. */
export function storedValues(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const open = indexedDB.open('broadsheet');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const store = db.transaction('kv').objectStore('kv');
    const [keys, values] = await Promise.all(
      [store.getAllKeys(), store.getAll()].map((r) => new Promise<unknown[]>((resolve) => (r.onsuccess = () => resolve(r.result as unknown[])))),
    );
    db.close();
    return Object.fromEntries(keys!.map((k, i) => [String(k), values![i]])) as Record<string, unknown>;
  });
}
