import type { Page } from '@playwright/test';

interface SeedPage {
  id: string;
  title: string;
  source: string;
}

/**
 * Puts pages into the library's IndexedDB store exactly as the app persists it, before the app
 * reads it: so a test can start from a known library without going through the import UI.
 */
export async function seedLibrary(page: Page, ...pages: SeedPage[]): Promise<void> {
  // A same-origin document that doesn't run the app, so nothing writes the store meanwhile.
  await page.goto('/favicon.svg');
  await page.evaluate(async (list) => {
    const open = indexedDB.open('broadsheet');
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('kv', 'readwrite');
    const store = tx.objectStore('kv');
    const existing: string | undefined = await new Promise((resolve) => {
      const r = store.get('broadsheet-library');
      r.onsuccess = () => resolve(r.result as string | undefined);
    });
    const persisted = existing ? JSON.parse(existing) : { state: { pages: {}, corrections: {} }, version: 1 };
    list.forEach((p, i) => (persisted.state.pages[p.id] = { ...p, addedAt: Date.now() + i }));
    store.put(JSON.stringify(persisted), 'broadsheet-library');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, pages);
}
