import type { Page } from '@playwright/test';
import { expect, HEADLINES, test } from './fixtures';
import { BIG5_PAGE } from './files/pages';

/** Waits until the service worker has precached the app and controls this page. */
async function controlled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
}

/**
 * A new release, as the browser sees one: a service worker script at a new address installs
 * beside the one in control and waits. (Playwright's routing never sees the browser's own update
 * check of /sw.js, so a changed script can't be served in its place; a second build per run
 * would double the suite's build.)
 */
async function installNewRelease(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?release=next').then(() => undefined));
}

test.describe('offline', () => {
  // Every other spec blocks the service worker (playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });

  test('is installable, and the sample and an imported page open offline; the script toggles, charts draw, search works', async ({ page, context, desk, library, request }) => {
    await desk.open();
    await test.step('is installable: a manifest with the name in both scripts, icons (one maskable) and the shell', async () => {
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await request.get(href!)).json();
      expect(manifest.name).toContain('財經閱讀');
      expect(manifest.name).toContain('财经阅读');
      expect(manifest.display).toBe('standalone');
      expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
      for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
      await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
    });
    await test.step('the sample and an imported page open offline; the script toggles, charts draw, search works', async () => {
      await controlled(page);
      await library.paste(BIG5_PAGE.text);
      await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
      const imported = page.url();
      // The library says how much storage the app uses.
      await library.open();
      await expect(page.getByTestId('storage-use')).toContainText(/已用儲存空間：\d/);
      await library.close();

      await context.setOffline(true);
      await desk.open();
      await desk.reload();
      await expect(desk.headlines).toHaveText([HEADLINES[0]]);
      await desk.annotated();
      // Charts draw: the first article's figures, from the lazily loaded chart chunk.
      await expect(page.getByTestId('charts').getByTestId('chart').first().locator('svg')).toBeVisible();
      // The script toggles: the hk→cn tables come from the cache.
      await desk.toSimplified();
      await expect(desk.headlines).toHaveText(['DeepSeek牵动AI产业价值重估']);
      await desk.toggleScript();
      await expect(desk.headlines).toHaveText([HEADLINES[0]]);
      // Search works, across the library, the imported page included.
      const results = await library.find('南向資金');
      await expect(results.first()).toContainText('南向資金');

      // The imported page opens by its address, offline.
      await page.goto(imported);
      await desk.reload();
      await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
      await expect(desk.articles.first()).toContainText('南向資金本周累計淨流入');
    });
  });

  test('a new release asks first, reloads only when the reader agrees, and the library survives', async ({ page, desk, library }) => {
    await desk.open();
    await controlled(page);
    await library.paste(BIG5_PAGE.text);
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);

    await installNewRelease(page);
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('新版本已準備好');
    // "Later": nothing reloads, the page stays as it is.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await prompt.getByRole('button', { name: '稍後' }).click();
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    // Asked again on the next visit; this time the reader agrees.
    await desk.reload();
    await expect(prompt).toBeVisible();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: '重新載入' }).click();
    await reloaded;
    await expect(desk.entries.first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
    await expect(await library.listed()).toContainText([BIG5_PAGE.headline]);
  });
});
