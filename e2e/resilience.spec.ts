import { expect, HEADLINES, test } from './fixtures';
import { seedRaw, storedAs } from './seed';
import { storedValues } from './stored';

const PASTED = { text: '港股收市\n\n恒指收市報20,000點。\n', headline: '港股收市' };

test.describe('bad storage and failed chunks', () => {
  test('a corrupted library in IndexedDB is reported and set aside, and the app still reads', async ({ page, desk }) => {
    await seedRaw(page, 'library', '{"state": {"pages": not json');
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

  test('a library written by a newer version is kept as it is, reported, and not written over', async ({ page, desk, library }) => {
    const newer = storedAs('library', { pages: { pnew: { id: 'pnew', title: '新版', source: '新版標題\n\n正文。', addedAt: 1 } }, corrections: {}, edited: {} }, 99);
    await seedRaw(page, 'library', newer);
    await desk.open();
    await expect(page.getByRole('status').filter({ hasText: '較新版本' })).toBeVisible();
    await library.paste(PASTED.text);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    await expect.poll(async () => Object.keys(await storedValues(page)).filter((k) => k.startsWith('broadsheet-library:version-99:'))).toHaveLength(1);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: '較新版本' })).toBeVisible();
    expect((await storedValues(page))['broadsheet-library']).toBe(newer);
  });

  test('corrupted preferences fall back to defaults', async ({ page, desk }) => {
    await seedRaw(page, 'prefs', '{not json');
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
