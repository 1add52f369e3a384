import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, HEADLINES, openApp, readerHeadlines, test } from './fixtures';
import { seedLibrary } from './seed';

test.describe('reading desk', () => {
  test('lists every article of the sample page and keeps the advert apart', async ({ page }) => {
    await openApp(page);
    const items = page.getByTestId('contents-item');
    await expect(items).toHaveCount(HEADLINES.length + 1);
    for (const [i, headline] of HEADLINES.entries()) await expect(items.nth(i)).toContainText(headline);
    await expect(items.nth(HEADLINES.length)).toContainText('恭賀春釐');
    await expect(items.first()).toContainText('李靈修');
    await expect(items.nth(2)).toContainText('有容載道');
  });

  test('opens an article from the contents, with its own URL', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('contents-item').nth(1).getByRole('link').click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    const url = page.url();
    expect(url).toMatch(/#\/sample\/a\d+$/);
    await page.reload();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    await page.getByTestId('contents-item').nth(3).getByRole('link').click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[3]]);
    await page.goBack();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    await page.goForward();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[3]]);
  });

  test('rejoins paragraphs broken by page breaks', async ({ page }) => {
    await openApp(page);
    const reader = page.getByTestId('reader');
    await expect(reader).toContainText('在多個邏輯任務（包括數學和編程）的表現');
    await expect(reader).toContainText('即將失效的大背景下');
    await expect(reader.locator('[data-block-kind="subhead"]', { hasText: '拆穿美科企估值泡沫' })).toBeVisible();
  });

  test('moves between articles and panes with the keyboard', async ({ page }) => {
    await openApp(page);
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[0]]);
    await page.keyboard.press('j');
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    await page.keyboard.press('j');
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[2]]);
    await page.keyboard.press('k');
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    await page.keyboard.press('1');
    await expect(page.locator('#pane-contents a[aria-current="page"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[2]]);
  });

  test('opens two articles side by side', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('contents-item').nth(3).hover();
    await page.getByTestId('contents-item').nth(3).getByRole('button').click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[0], HEADLINES[3]]);
    await page.reload();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[0], HEADLINES[3]]);
  });

  test('keeps a link into the sample when its text arrives after the library is read back', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('contents-item').nth(3).hover();
    await page.getByTestId('contents-item').nth(3).getByRole('button').click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[0], HEADLINES[3]]);
    const link = page.url();
    // Hold back the sample's text (its own chunk) until the library has been read back.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/sample-page-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(page.locator('main')).toBeAttached();
    await page.waitForTimeout(500); // the library's IndexedDB read is done well within this
    release();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[0], HEADLINES[3]]);
    expect(page.url()).toBe(link);
  });

  test('corrects a split and a merge, keeps them over a reload, and undoes', async ({ page }) => {
    await openApp(page);
    const items = page.getByTestId('contents-item');
    await expect(items).toHaveCount(7);
    const subhead = page.getByTestId('reader').locator('.split-row', { hasText: '拆穿美科企估值泡沫' });
    await subhead.getByTestId('split-here').click();
    await expect(items).toHaveCount(8);
    await expect(items.nth(1)).toContainText('拆穿美科企估值泡沫');
    await page.reload();
    await expect(items).toHaveCount(8);
    await expect(items.nth(1)).toContainText('拆穿美科企估值泡沫');

    await items.nth(3).getByRole('link').click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[2]]);
    await page.getByTestId('reader').getByTestId('merge-previous').click();
    await expect(items).toHaveCount(7);
    await expect(page.getByTestId('reader')).toContainText('美股高處不勝寒');

    await page.getByRole('button', { name: /復原/ }).click();
    await expect(items).toHaveCount(8);
    await page.getByRole('button', { name: /復原/ }).click();
    await expect(items).toHaveCount(7);
    await page.reload();
    await expect(items).toHaveCount(7);
  });

  test('marks cited figures and stock codes in the text', async ({ page }) => {
    await openApp(page);
    const first = page.getByTestId('article').first();
    await expect(first.locator('[data-figure-value="300000000000"][data-figure-unit="USD"]')).toHaveText('3000億美元');
    await expect(first.locator('[data-stock-code="00700"][data-stock-market="HK"]').first()).toBeVisible();
  });

  test('has no accessibility violations on the desktop layout', async ({ page }) => {
    await openApp(page);
    await expectNoAxeViolations(page);
  });

  test('serves a strict Content-Security-Policy', async ({ page }) => {
    await openApp(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test('remembers pane sizes', async ({ page }) => {
    await openApp(page);
    const separator = page.getByRole('separator').first();
    const contents = page.locator('#pane-contents');
    const before = (await contents.boundingBox())!.width;
    await separator.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await contents.boundingBox())!.width).toBeGreaterThan(before + 20);
    const after = (await contents.boundingBox())!.width;
    await page.reload();
    await expect.poll(async () => Math.round((await page.locator('#pane-contents').boundingBox())?.width ?? 0)).toBe(Math.round(after));
  });
});

test.describe('phone @phone', () => {
  test('shows one pane at a time with a tab bar', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('contents')).toBeVisible();
    await expect(page.getByTestId('reader')).toHaveCount(0);
    await page.getByTestId('contents-item').nth(1).getByRole('link').click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    await expect(page.getByTestId('contents')).toHaveCount(0);
    await page.getByRole('tab', { name: '目錄' }).click();
    await expect(page.getByTestId('contents')).toBeVisible();
    await page.getByRole('tab', { name: '圖表' }).click();
    await expect(page.getByTestId('charts')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('has no accessibility violations on the phone layout', async ({ page }) => {
    await openApp(page);
    await expectNoAxeViolations(page);
    await page.getByTestId('contents-item').first().getByRole('link').click();
    await expect(page.getByTestId('reader')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('a long page', () => {
  /** Opens a page of the sample 20 times over: 140 entries in the contents. */
  async function openLongPage(page: Page) {
    const { readFileSync } = await import('node:fs');
    const sample = readFileSync(new URL('../src/core/sample/sample-page.txt', import.meta.url), 'utf8');
    await seedLibrary(page, { id: 'long', title: 'long', source: Array.from({ length: 20 }, () => sample).join('\n\n') });
    await openApp(page, '#/long');
  }

  test('lists all of its articles in the contents', async ({ page }) => {
    await openLongPage(page);
    const items = page.getByTestId('contents-item');
    await expect(items).toHaveCount(20 * (HEADLINES.length + 1));
    await expect(items.last()).toContainText('恭賀春釐');
  });

  test('switches script in the entries off screen too, just after those on screen', async ({ page }) => {
    await openLongPage(page);
    const items = page.getByTestId('contents-item');
    await expect(items.last()).toContainText('恭賀春釐');
    await page.getByTestId('script-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(items.first()).toContainText('DeepSeek牵动AI产业价值重估');
    await expect(items.last()).toContainText('恭贺春釐');
    await expect(items.last()).toContainText('数字 0');
    await items.last().scrollIntoViewIfNeeded();
    await expect(items.last()).toContainText('恭贺春釐');
    await page.getByTestId('script-toggle').click();
    await expect(items.last()).toContainText('恭賀春釐');
    await expect(items.first()).toContainText('DeepSeek牽動AI產業價值重估');
  });
});

test.describe('a page without headlines', () => {
  test('names each article by its opening words, in the contents, the charts and the title', async ({ page }) => {
    // A news item as a wire service writes it: no headline, straight into the text.
    const source = '和電香港(00215.HK)宣布，將推出一系列以 AI 為核心的創新產品及服務，合共送出800億個詞元。';
    await seedLibrary(page, { id: 'wire', title: 'wire', source });
    await openApp(page, '#/wire');
    const entry = page.getByTestId('contents-item');
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('.contents-title')).toHaveText('和電香港(00215.HK)宣布…');
    await expect(page.getByTestId('charts').locator('.charts-article-title')).toHaveText('和電香港(00215.HK)宣布…');
    await expect(page).toHaveTitle(/^和電香港\(00215\.HK\)宣布… — /);
    // The reading pane still says plainly that the article has no headline.
    await expect(page.getByTestId('article').locator('h2').first()).toHaveText('（無標題）');
    await expectNoAxeViolations(page); // the muted name still reads (contrast)
  });
});
