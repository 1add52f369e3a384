import { expect, HEADLINES, test } from './fixtures';

test.describe('bad storage and failed chunks', () => {
  test('a corrupted library in IndexedDB is reported and set aside, and the app still reads', async ({ page, desk }) => {
    await page.goto('/favicon.svg');
    await page.evaluate(async () => {
      const open = indexedDB.open('broadsheet');
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put('{"state": {"pages": not json', 'broadsheet-library');
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await desk.open();
    await expect(page.getByRole('status').filter({ hasText: '已保存的資料損壞' })).toBeVisible();
    await expect(desk.entries).toHaveCount(HEADLINES.length + 1);
    const keys = await page.evaluate(async () => {
      const open = indexedDB.open('broadsheet');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const req = db.transaction('kv').objectStore('kv').getAllKeys();
      return new Promise<string[]>((resolve) => (req.onsuccess = () => resolve(req.result.map(String))));
    });
    expect(keys.some((k) => k.startsWith('broadsheet-library:corrupt:'))).toBe(true);
  });

  test('corrupted preferences fall back to defaults', async ({ page, desk }) => {
    await page.addInitScript(() => localStorage.setItem('broadsheet-prefs', '{not json'));
    await desk.open();
    await expect(desk.headlines).toHaveText([HEADLINES[0]]);
  });
});

test.describe('a pane that fails', () => {
  test('shows a useful message in that pane while the rest keeps working', async ({ page, desk }) => {
    await page.route(/ChartList-[\w-]+\.js$/, (route) => route.abort());
    await desk.open();
    const charts = desk.pane('charts');
    await expect(charts.getByRole('alert')).toContainText('出錯了');
    await expect(charts.getByRole('button', { name: '重試' })).toBeVisible();
    await desk.openArticle(1);
    await expect(desk.headlines).toHaveText([HEADLINES[1]]);
  });
});
