import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, HEADLINES, test } from './fixtures';
import { Desk } from './pages/desk';
import { Watchlist } from './pages/watchlist';
import { seedRaw } from './seed';

test.describe('watchlist', () => {
  test('opens a card from the keyboard, adds a stock through its card, and keeps it and its note over a reload', async ({ page, desk, watchlist }) => {
    await desk.open();
    await test.step('opens the card from the keyboard, closes it with Escape or a click outside, and links to the exchange', async () => {
      const mark = watchlist.tip('09988');
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect(watchlist.card).toBeVisible();
      await expect(mark).toHaveAttribute('aria-expanded', 'true');
      await expect(watchlist.toggle).toBeFocused();
      await expect(watchlist.card.getByTestId('stock-card-count')).toHaveText('文庫內提及 3 次');

      const quote = watchlist.card.getByRole('link', { name: /交易所網站/ });
      await expect(quote).toHaveAttribute('href', /^https:\/\/www\.hkex\.com\.hk\/.*sym=9988/);
      await expect(quote).toHaveAttribute('target', '_blank');
      await expect(quote).toHaveAttribute('rel', 'noopener noreferrer');

      await page.keyboard.press('Escape');
      await expect(watchlist.card).toBeHidden();
      await expect(mark).toBeFocused();

      await page.keyboard.press('Space');
      await expect(watchlist.card).toBeVisible();
      await desk.headlines.first().click();
      await expect(watchlist.card).toBeHidden();
    });
    await test.step('adds a stock from the text through its card, and keeps it over a reload', async () => {
      await expect(watchlist.empty).toBeVisible();
      await expect(watchlist.items).toHaveCount(0);

      const mark = desk.reader.getByRole('button', { name: '騰訊 (00700)' });
      await expect(mark).toHaveAttribute('data-stock-market', 'HK');
      // An inline box, so a long name breaks across lines like the text around it (a <button> would
      // move whole to the next line and leave the justified line before it spaced out).
      await expect(mark).toHaveCSS('display', 'inline');
      await mark.click();
      const dialog = watchlist.card;
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

      await expect(watchlist.item('00700')).toBeVisible();
      // The side column gives the watchlist room for a stock's name and note, unscrolled.
      await expect(watchlist.note('00700')).toBeInViewport({ ratio: 1 });
      await expect(watchlist.item('00700')).toContainText('騰訊');
      await expect(watchlist.item('00700')).toContainText(HEADLINES[0]);
      await expect(watchlist.empty).toBeHidden();

      await desk.reload();
      await expect(watchlist.item('00700')).toBeVisible();
      await watchlist.tip('00700').click();
      await expect(watchlist.toggle).toHaveText('移除自選股');
    });
    await test.step('keeps a note over a reload', async () => {
      await page.keyboard.press('Escape');
      await expect(watchlist.card).toBeHidden();
      const note = watchlist.note('00700');
      await note.fill('估值合理，逢低吸納');
      await desk.reload();
      await expect(watchlist.note('00700')).toHaveValue('估值合理，逢低吸納');
    });
  });

  test('jumps from a mention in the watchlist to its place in the reader', async ({ page, desk, watchlist }) => {
    await desk.open();
    await watchlist.watchFromTip('09988');
    const mentions = watchlist.mentions('09988');
    await expect(mentions).toHaveCount(3);
    await expect(mentions.nth(2)).toContainText(HEADLINES[1]);
    await expect(mentions.nth(2).locator('mark')).toHaveText('阿里巴巴');

    await mentions.nth(2).click();
    await expect(desk.headlines).toHaveText([HEADLINES[1]]);
    expect(page.url()).toMatch(/#\/sample\/a\d+\?at=\d+$/);
    const block = desk.reader.locator('[data-block-id]', { hasText: '阿里巴巴因公布新模型而在美國華爾街大升' });
    await expect(block).toBeInViewport();
    await expect(block).toHaveClass(/flash/);

    // Scrolled away, the same mention clicked again brings the place back.
    await desk.reader.evaluate((el) => (el.scrollTop = 0));
    await expect(block).not.toBeInViewport();
    await mentions.nth(2).click();
    await expect(block).toBeInViewport();
  });

  test('removes a stock from the pane and from its card, and then says the list is empty', async ({ desk, watchlist }) => {
    await desk.open();
    await watchlist.watchFromTip('00700');
    await watchlist.watchFromTip('01810');
    await watchlist.remove('00700', '騰訊');
    await expect(watchlist.tip('00700')).not.toHaveClass(/stock-watched/);
    await watchlist.tip('01810').click();
    await watchlist.toggle.click();
    await expect(watchlist.toggle).toHaveText('加入自選股');
    await expect(watchlist.items).toHaveCount(0);
    await expect(watchlist.empty).toBeVisible();
    await desk.reload();
    await expect(watchlist.empty).toBeVisible();
  });

  test('reorders by keyboard and by dragging, and keeps the order', async ({ page, desk, watchlist }) => {
    await desk.open();
    for (const code of ['00700', '09988', '01810']) await watchlist.watchFromTip(code);
    expect(await watchlist.codes()).toEqual(['00700', '09988', '01810']);

    await watchlist.item('01810').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => watchlist.codes()).toEqual(['00700', '01810', '09988']);
    await expect(watchlist.item('01810')).toBeFocused();
    await watchlist.item('00700').getByRole('button', { name: '下移：騰訊' }).click();
    await expect.poll(() => watchlist.codes()).toEqual(['01810', '00700', '09988']);

    // A pointer drags what it can see: make the pane tall enough to show all three (it shares its
    // column with the charts and the notebook).
    await page.setViewportSize({ width: 1400, height: 2000 });
    // The charts give the watchlist their room: their separator to its end (Home) with the keyboard.
    await page.getByRole('separator', { name: /圖表/ }).focus();
    await page.keyboard.press('Home');
    await watchlist.item('01810').scrollIntoViewIfNeeded();
    for (const code of ['01810', '00700', '09988']) await expect(watchlist.item(code)).toBeInViewport({ ratio: 1 });
    const handle = (await watchlist.item('09988').getByRole('button', { name: '調整次序：阿里巴巴' }).boundingBox())!;
    const top = (await watchlist.item('01810').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, top.y + 4, { steps: 12 });
    await expect(page.getByRole('status').filter({ hasText: '阿里巴巴移到第' })).toHaveText('阿里巴巴移到第 1 位');
    await page.mouse.up();
    await expect.poll(() => watchlist.codes()).toEqual(['09988', '01810', '00700']);

    await desk.reload();
    await expect.poll(() => watchlist.codes()).toEqual(['09988', '01810', '00700']);
  });

  test('keeps two open tabs in step without losing either tab’s stock', async ({ context }) => {
    // Two tabs of one browser (the guard against foreign requests watches both).
    const [first, second] = await Promise.all([context.newPage(), context.newPage()]);
    const [deskOne, deskTwo] = [new Desk(first), new Desk(second)];
    const [one, two] = [new Watchlist(first), new Watchlist(second)];
    await deskOne.open();
    await deskTwo.open();
    await one.watchFromTip('00700');
    await expect(two.item('00700')).toBeVisible();
    await two.watchFromTip('09988');
    await expect.poll(() => one.codes()).toEqual(['00700', '09988']);
    await expect.poll(() => two.codes()).toEqual(['00700', '09988']);
    await deskOne.reload();
    await expect.poll(() => one.codes()).toEqual(['00700', '09988']);
  });

  test('exports CSV and JSON and imports them back, reporting bad rows by line', async ({ page, desk, watchlist }) => {
    await desk.open();
    await watchlist.watchFromTip('00700');
    await watchlist.note('00700').fill('長線, "核心"持倉');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '匯出 CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('market,code,name,note,added_at');
    expect(csv).toContain('HK,00700,騰訊,"長線, ""核心""持倉"');

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '匯出 JSON' }).click();
    expect((await jsonDownload).suggestedFilename()).toMatch(/^broadsheet-watchlist-\d{8}\.json$/);

    await watchlist.remove('00700', '騰訊');
    await expect(watchlist.empty).toBeVisible();
    const input = page.getByTestId('watchlist-import');
    await input.setInputFiles({ name: 'watch.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(watchlist.note('00700')).toHaveValue('長線, "核心"持倉');

    const bad = 'market,code,name,note\nHK,00700,騰訊,\nXX,123,壞,\nSH,600519,貴州茅台,\n';
    await input.setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const report = page.getByTestId('watchlist-import-report');
    await expect(report).toContainText('新加入 1 隻');
    await expect(report).toContainText('已在清單（略過重複） 1 隻');
    await expect(report.locator('li')).toHaveText(['第 3 行：市場不明（應為 HK、SH、SZ、US 或 JP）「XX」']);
    expect(await watchlist.codes()).toEqual(['00700', '600519']);
  });

  test('starts empty and says so when the stored list is corrupt', async ({ page, desk, watchlist }) => {
    await seedRaw(page, 'watchlist', '{"state":{"entries":');
    await desk.open();
    await expect(page.getByRole('status').filter({ hasText: '已保存的資料損壞' })).toBeVisible();
    await expect(watchlist.empty).toBeVisible();
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('broadsheet-watchlist:corrupt:')));
    expect(aside).toHaveLength(1);
    await watchlist.watchFromTip('00700');
  });

  test('shows names, labels and sentences in Simplified after the toggle', async ({ desk, watchlist }) => {
    await desk.open();
    await watchlist.watchFromTip('09988');
    await desk.toSimplified();
    await expect(watchlist.item('09988').locator('h3')).toHaveText('阿里巴巴');
    await expect(watchlist.mentions('09988').nth(2)).toContainText('阿里巴巴因公布新模型而在美国华尔街大升');
    await watchlist.tip('00700').click();
    await expect(watchlist.toggle).toHaveText('加入自选股');
    await expect(watchlist.card).toContainText('腾讯');
  });

  test('the card works on the phone layout @phone', async ({ page, desk, watchlist }) => {
    await desk.open();
    await desk.entries.first().getByRole('link').click();
    const mark = watchlist.tip('00700');
    await mark.tap();
    const dialog = watchlist.card;
    // All of the card on screen (to the pixel: a card that fills the height ends a fraction short).
    await expect(dialog).toBeVisible();
    await expect
      .poll(async () => {
        const box = (await dialog.boundingBox())!;
        const view = page.viewportSize()!;
        return box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5;
      })
      .toBe(true);
    await watchlist.toggle.tap();
    await expect(watchlist.toggle).toHaveText('移除自選股');
    await desk.headlines.first().tap();
    await expect(dialog).toBeHidden();
    await desk.tab('自選股').tap();
    await expect(watchlist.item('00700')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
