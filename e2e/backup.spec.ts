import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Library } from './pages/library';
import { seedStorage } from './seed';
import { storedValues } from './stored';

const PAGES = [
  { headline: '恒指高開後回軟 成交縮減', text: '恒指高開後回軟 成交縮減\n\n本報記者　黃小玲\n\n恒生指數昨日高開一百點後回軟，全日收市微跌，主板成交額縮減至九百億港元。\n' },
  { headline: '北水連續五日淨流入', text: '北水連續五日淨流入\n\n南向資金昨日淨買入港股五十億元，連續五日淨流入，騰訊（00700）獲加倉。\n' },
];
const NOTE = '估值合理，逢低吸納';
/** A highlight on the sample, stored as the highlights store keeps one (its pane comes with the highlights feature). */
const HIGHLIGHT = {
  id: 'hbackup1',
  pageId: 'sample',
  colour: 'yellow' as const,
  note: '留意估值',
  selector: { start: 2, end: 6, exact: 'Deep', prefix: '\n\n', suffix: 'Seek牽動AI產業價值重估' },
  createdAt: 1_764_000_000_000,
  editedAt: 1_764_000_000_000,
};
const highlightStored = async (page: Page) => JSON.stringify((await storedValues(page))['broadsheet-highlights'] ?? '');
/** The dialog lists the sample, then the pages newest first: as before the backup, by their own dates. */
const LISTED = ['投資全方位', ...PAGES.map((p) => p.headline).reverse()];

/** The backup and restore controls, in the library dialog. */
function backupControls(page: Page) {
  return {
    export: page.getByTestId('library-export'),
    restore: page.getByTestId('library-restore'),
    message: page.getByTestId('backup-message'),
  };
}

/** Clicks "back up" and returns the downloaded file's name and bytes. */
async function backUp(page: Page, library: Library): Promise<{ name: string; bytes: Buffer }> {
  await library.open();
  const download = page.waitForEvent('download');
  await backupControls(page).export.click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Everything this origin stores, gone: every IndexedDB database and localStorage, with no app running. */
async function clearStorage(page: Page): Promise<void> {
  await page.goto('/favicon.svg');
  await page.evaluate(async () => {
    localStorage.clear();
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      await new Promise((resolve, reject) => {
        const r = indexedDB.deleteDatabase(name);
        r.onsuccess = resolve;
        r.onerror = () => reject(r.error);
        r.onblocked = () => reject(new Error(`${name} is still open`));
      });
    }
  });
}

test.describe('backup and restore', () => {
  test('backs up pages, stocks, notes, a highlight and a correction; restores all of it into a cleared browser; refuses a damaged file and changes nothing', async ({
    page,
    desk,
    library,
    watchlist,
  }) => {
    await seedStorage(page, { highlights: { highlights: { [HIGHLIGHT.id]: HIGHLIGHT } } });
    await desk.open();
    for (const p of PAGES) {
      await library.paste(p.text);
      await expect(desk.headlines.first()).toHaveText(p.headline);
    }
    await desk.open('#/sample');
    await desk.annotated();
    await watchlist.watchFromTip('00700');
    await watchlist.note('00700').fill(NOTE);
    await watchlist.watchFromTip('09988');
    // A correction on the sample: an article split at its subhead (7 articles → 8).
    await expect(desk.entries).toHaveCount(7);
    await desk.reader.locator('.split-row', { hasText: '拆穿美科企估值泡沫' }).getByTestId('split-here').click();
    await expect(desk.entries).toHaveCount(8);
    await expect.poll(async () => JSON.stringify(await storedValues(page))).toContain('blockId');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('broadsheet-watchlist') ?? '')).toContain(NOTE);

    const backup = await backUp(page, library);
    expect(backup.name).toMatch(/^broadsheet-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/);
    expect([backup.bytes[0], backup.bytes[1]]).toEqual([0x1f, 0x8b]);
    await expect(backupControls(page).message).toHaveAttribute('data-outcome', 'saved');

    await clearStorage(page);
    await desk.open();
    await expect(desk.entries).toHaveCount(7);
    await expect(watchlist.items).toHaveCount(0);
    expect(await (await library.listed()).allTextContents()).toEqual(['投資全方位']);
    expect(await highlightStored(page)).not.toContain(HIGHLIGHT.note);

    await backupControls(page).restore.setInputFiles({ name: backup.name, mimeType: 'application/gzip', buffer: backup.bytes });
    const message = backupControls(page).message;
    await expect(message).toHaveAttribute('data-outcome', 'restored');
    await expect(message).toContainText('已從備份還原');
    for (const counted of ['2 個版面', '2 隻股票', '2 則筆記', '1 個標記', '1 項分段修正']) await expect(message).toContainText(counted);
    await expect(library.titles).toHaveText(LISTED);
    await expect(watchlist.note('00700')).toHaveValue(NOTE);
    expect(await watchlist.codes()).toEqual(['00700', '09988']);
    await expect(desk.entries).toHaveCount(8);

    // Written to storage, not only shown: all of it is there after a reload.
    await library.close();
    await desk.reload();
    await expect(desk.entries).toHaveCount(8);
    await expect(watchlist.note('00700')).toHaveValue(NOTE);
    expect(await highlightStored(page)).toContain(HIGHLIGHT.note);
    await expect(await library.listed()).toHaveText(LISTED);
    for (const p of PAGES) {
      await library.titles.filter({ hasText: p.headline }).click();
      await expect(desk.headlines.first()).toHaveText(p.headline);
      await library.open();
    }

    // The same backup again adds nothing.
    await backupControls(page).restore.setInputFiles({ name: backup.name, mimeType: 'application/gzip', buffer: backup.bytes });
    await expect(message).toContainText('沒有加入任何東西');
    await expect(library.titles).toHaveCount(3);

    // A damaged file (cut short) is refused, says why, and changes nothing stored.
    const before = { idb: await storedValues(page), local: await page.evaluate(() => ({ ...localStorage })) };
    await backupControls(page).restore.setInputFiles({ name: 'broken.json.gz', mimeType: 'application/gzip', buffer: backup.bytes.subarray(0, backup.bytes.length - 40) });
    await expect(message).toHaveAttribute('data-outcome', 'refused');
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('未能還原「broken.json.gz」');
    await expect(message).toContainText('備份檔案已損壞或不完整');
    await expect(message).toContainText('文庫沒有改動。');
    // Nothing was written meanwhile: what is stored is what was stored.
    expect(await storedValues(page)).toEqual(before.idb);
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before.local);
    await expect(library.titles).toHaveCount(3);
  });

  test('refuses a file that is not a backup, in the reader’s script', async ({ page, desk, library }) => {
    await desk.open();
    await desk.toggleScript();
    await library.open();
    await backupControls(page).restore.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a backup') });
    const message = backupControls(page).message;
    await expect(message).toHaveAttribute('data-problem', 'not-gzip');
    await expect(message).toContainText('未能恢复「notes.txt」');
    await expect(message).toContainText('这不是 Broadsheet 的备份文件');
  });
});
