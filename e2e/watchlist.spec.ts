import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, HEADLINES, openApp, readerHeadlines, test } from './fixtures';

/** A stock in the first article's stock-tip box (心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)). */
function tipMark(page: Page, code: string) {
  return page.getByTestId('reader').locator(`[data-block-kind="stockTip"] [data-stock-code="${code}"]`);
}

function card(page: Page) {
  return page.getByRole('dialog');
}

function item(page: Page, code: string) {
  return page.getByTestId('watchlist').locator(`[data-testid="watchlist-item"][data-stock-code="${code}"]`);
}

function watchedCodes(page: Page) {
  return page.getByTestId('watchlist-item').evaluateAll((items) => items.map((el) => el.getAttribute('data-stock-code')));
}

/** Adds a stock from its mark in the stock-tip box, through the card, and closes the card. */
async function watchFromText(page: Page, code: string) {
  await tipMark(page, code).click();
  await card(page).getByTestId('watch-toggle').click();
  await expect(card(page).getByTestId('watch-toggle')).toHaveText('移除自選股');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(item(page, code)).toBeVisible();
}

test.describe('watchlist', () => {
  test('adds a stock from the text through its card, and keeps it over a reload', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('watchlist-empty')).toBeVisible();
    await expect(page.getByTestId('watchlist-item')).toHaveCount(0);

    const mark = page.getByTestId('reader').getByRole('button', { name: '騰訊 (00700)' });
    await expect(mark).toHaveAttribute('data-stock-market', 'HK');
    // An inline box, so a long name breaks across lines like the text around it (a <button> would
    // move whole to the next line and leave the justified line before it spaced out).
    await expect(mark).toHaveCSS('display', 'inline');
    await mark.click();
    const dialog = card(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('騰訊');
    await expect(dialog).toContainText('00700');
    await expect(dialog).toContainText('香港交易所');
    await expect(dialog.getByTestId('stock-card-count')).toHaveText('文庫內提及 1 次');
    const toggle = dialog.getByTestId('watch-toggle');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveText('加入自選股');
    await toggle.click();
    await expect(toggle).toHaveText('移除自選股');

    await expect(item(page, '00700')).toBeVisible();
    await expect(item(page, '00700')).toContainText('騰訊');
    await expect(item(page, '00700')).toContainText(HEADLINES[0]);
    await expect(page.getByTestId('watchlist-empty')).toBeHidden();

    await page.reload();
    await expect(item(page, '00700')).toBeVisible();
    await tipMark(page, '00700').click();
    await expect(card(page).getByTestId('watch-toggle')).toHaveText('移除自選股');
  });

  test('opens the card from the keyboard, closes it with Escape or a click outside, and links to the exchange', async ({ page }) => {
    await openApp(page);
    const mark = tipMark(page, '09988');
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(card(page)).toBeVisible();
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    await expect(card(page).getByTestId('watch-toggle')).toBeFocused();
    await expect(card(page).getByTestId('stock-card-count')).toHaveText('文庫內提及 3 次');

    const quote = card(page).getByRole('link', { name: /交易所網站/ });
    await expect(quote).toHaveAttribute('href', /^https:\/\/www\.hkex\.com\.hk\/.*sym=9988/);
    await expect(quote).toHaveAttribute('target', '_blank');
    await expect(quote).toHaveAttribute('rel', 'noopener noreferrer');

    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(mark).toBeFocused();

    await page.keyboard.press('Space');
    await expect(card(page)).toBeVisible();
    await readerHeadlines(page).first().click();
    await expect(card(page)).toBeHidden();
  });

  test('keeps a note over a reload', async ({ page }) => {
    await openApp(page);
    await watchFromText(page, '00700');
    const note = item(page, '00700').getByLabel('筆記');
    await note.fill('估值合理，逢低吸納');
    await page.reload();
    await expect(item(page, '00700').getByLabel('筆記')).toHaveValue('估值合理，逢低吸納');
  });

  test('jumps from a mention in the watchlist to its place in the reader', async ({ page }) => {
    await openApp(page);
    await watchFromText(page, '09988');
    const mentions = item(page, '09988').getByTestId('watchlist-mention');
    await expect(mentions).toHaveCount(3);
    await expect(mentions.nth(2)).toContainText(HEADLINES[1]);
    await expect(mentions.nth(2).locator('mark')).toHaveText('阿里巴巴');

    await mentions.nth(2).click();
    await expect(readerHeadlines(page)).toHaveText([HEADLINES[1]]);
    expect(page.url()).toMatch(/#\/sample\/a\d+\?at=\d+$/);
    const block = page.getByTestId('reader').locator('[data-block-id]', { hasText: '阿里巴巴因公布新模型而在美國華爾街大升' });
    await expect(block).toBeInViewport();
    await expect(block).toHaveClass(/flash/);

    // Scrolled away, the same mention clicked again brings the place back.
    await page.getByTestId('reader').evaluate((el) => (el.scrollTop = 0));
    await expect(block).not.toBeInViewport();
    await mentions.nth(2).click();
    await expect(block).toBeInViewport();
  });

  test('removes a stock from the pane and from its card, and then says the list is empty', async ({ page }) => {
    await openApp(page);
    await watchFromText(page, '00700');
    await watchFromText(page, '01810');
    await item(page, '00700').getByRole('button', { name: '移除自選股：騰訊' }).click();
    await expect(item(page, '00700')).toHaveCount(0);
    await expect(tipMark(page, '00700')).not.toHaveClass(/stock-watched/);
    await tipMark(page, '01810').click();
    await card(page).getByTestId('watch-toggle').click();
    await expect(card(page).getByTestId('watch-toggle')).toHaveText('加入自選股');
    await expect(page.getByTestId('watchlist-item')).toHaveCount(0);
    await expect(page.getByTestId('watchlist-empty')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('watchlist-empty')).toBeVisible();
  });

  test('reorders by keyboard and by dragging, and keeps the order', async ({ page }) => {
    await openApp(page);
    for (const code of ['00700', '09988', '01810']) await watchFromText(page, code);
    expect(await watchedCodes(page)).toEqual(['00700', '09988', '01810']);

    await item(page, '01810').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => watchedCodes(page)).toEqual(['00700', '01810', '09988']);
    await expect(item(page, '01810')).toBeFocused();
    await item(page, '00700').getByRole('button', { name: '下移：騰訊' }).click();
    await expect.poll(() => watchedCodes(page)).toEqual(['01810', '00700', '09988']);

    // A pointer drags what it can see: make the pane tall enough to show all three.
    await page.setViewportSize({ width: 1400, height: 2000 });
    const handle = (await item(page, '09988').getByRole('button', { name: '調整次序：阿里巴巴' }).boundingBox())!;
    const top = (await item(page, '01810').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, top.y + 4, { steps: 12 });
    await expect(page.getByRole('status').filter({ hasText: '阿里巴巴移到第' })).toHaveText('阿里巴巴移到第 1 位');
    await page.mouse.up();
    await expect.poll(() => watchedCodes(page)).toEqual(['09988', '01810', '00700']);

    await page.reload();
    await expect.poll(() => watchedCodes(page)).toEqual(['09988', '01810', '00700']);
  });

  test('keeps two open tabs in step without losing either tab’s stock', async ({ context, baseURL }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    const foreign: string[] = [];
    for (const tab of [first, second]) {
      tab.on('request', (req) => {
        if (!/^(data|blob):/.test(req.url()) && new URL(req.url()).origin !== new URL(baseURL!).origin) foreign.push(req.url());
      });
      await openApp(tab);
    }
    await watchFromText(first, '00700');
    await expect(item(second, '00700')).toBeVisible();
    await watchFromText(second, '09988');
    await expect.poll(() => watchedCodes(first)).toEqual(['00700', '09988']);
    await expect.poll(() => watchedCodes(second)).toEqual(['00700', '09988']);
    await first.reload();
    await expect.poll(() => watchedCodes(first)).toEqual(['00700', '09988']);
    expect(foreign).toEqual([]);
  });

  test('exports CSV and JSON and imports them back, reporting bad rows by line', async ({ page }) => {
    await openApp(page);
    await watchFromText(page, '00700');
    await item(page, '00700').getByLabel('筆記').fill('長線, "核心"持倉');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '匯出 CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('market,code,name,note,added_at');
    expect(csv).toContain('HK,00700,騰訊,"長線, ""核心""持倉"');

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '匯出 JSON' }).click();
    expect((await jsonDownload).suggestedFilename()).toMatch(/^broadsheet-watchlist-\d{8}\.json$/);

    await item(page, '00700').getByRole('button', { name: '移除自選股：騰訊' }).click();
    await expect(page.getByTestId('watchlist-empty')).toBeVisible();
    const input = page.getByTestId('watchlist-import');
    await input.setInputFiles({ name: 'watch.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(item(page, '00700').getByLabel('筆記')).toHaveValue('長線, "核心"持倉');

    const bad = 'market,code,name,note\nHK,00700,騰訊,\nXX,123,壞,\nSH,600519,貴州茅台,\n';
    await input.setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const report = page.getByTestId('watchlist-import-report');
    await expect(report).toContainText('新加入 1 隻');
    await expect(report).toContainText('已在清單（略過重複） 1 隻');
    await expect(report.locator('li')).toHaveText(['第 3 行：市場不明（應為 HK、SH、SZ 或 US）「XX」']);
    expect(await watchedCodes(page)).toEqual(['00700', '600519']);
  });

  test('starts empty and says so when the stored list is corrupt', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('broadsheet-watchlist', '{"state":{"entries":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await openApp(page);
    await expect(page.getByRole('status').filter({ hasText: '已保存的資料損壞' })).toBeVisible();
    await expect(page.getByTestId('watchlist-empty')).toBeVisible();
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('broadsheet-watchlist:corrupt:')));
    expect(aside).toHaveLength(1);
    await watchFromText(page, '00700');
  });

  test('shows names, labels and sentences in Simplified after the toggle', async ({ page }) => {
    await openApp(page);
    await watchFromText(page, '09988');
    await page.getByTestId('script-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(item(page, '09988').locator('h3')).toHaveText('阿里巴巴');
    await expect(item(page, '09988').getByTestId('watchlist-mention').nth(2)).toContainText('阿里巴巴因公布新模型而在美国华尔街大升');
    await tipMark(page, '00700').click();
    await expect(card(page).getByTestId('watch-toggle')).toHaveText('加入自选股');
    await expect(card(page)).toContainText('腾讯');
  });

  test('has no accessibility violations with the card open and with a stock watched', async ({ page }) => {
    await openApp(page);
    await tipMark(page, '00700').click();
    await expect(card(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await card(page).getByTestId('watch-toggle').click();
    await page.keyboard.press('Escape');
    await expect(item(page, '00700')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the card works on the phone layout @phone', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('contents-item').first().getByRole('link').click();
    const mark = tipMark(page, '00700');
    await mark.tap();
    const dialog = card(page);
    await expect(dialog).toBeInViewport({ ratio: 1 });
    await dialog.getByTestId('watch-toggle').tap();
    await expect(dialog.getByTestId('watch-toggle')).toHaveText('移除自選股');
    await readerHeadlines(page).first().tap();
    await expect(dialog).toBeHidden();
    await page.getByRole('tab', { name: '自選股' }).tap();
    await expect(item(page, '00700')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
