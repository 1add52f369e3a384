import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, HEADLINES, test } from './fixtures';
import type { Desk } from './pages/desk';
import { seedLibrary } from './seed';

test.describe('reading desk', () => {
  test('reads the sample: its articles and advert, paragraphs rejoined, figures and codes marked, under a strict Content-Security-Policy', async ({ page, desk }) => {
    await desk.open();
    await test.step('lists every article of the sample page and keeps the advert apart', async () => {
      await expect(desk.entries).toHaveCount(HEADLINES.length + 1);
      for (const [i, headline] of HEADLINES.entries()) await expect(desk.entry(i)).toContainText(headline);
      await expect(desk.entry(HEADLINES.length)).toContainText('恭賀春釐');
      await expect(desk.entry(0)).toContainText('李靈修');
      await expect(desk.entry(2)).toContainText('有容載道');
    });
    await test.step('rejoins paragraphs broken by page breaks', async () => {
      await expect(desk.reader).toContainText('在多個邏輯任務（包括數學和編程）的表現');
      await expect(desk.reader).toContainText('即將失效的大背景下');
      await expect(desk.reader.locator('[data-block-kind="subhead"]', { hasText: '拆穿美科企估值泡沫' })).toBeVisible();
    });
    await test.step('marks cited figures and stock codes in the text', async () => {
      const first = desk.articles.first();
      await expect(first.locator('[data-figure-value="300000000000"][data-figure-unit="USD"]')).toHaveText('3000億美元');
      await expect(first.locator('[data-stock-code="00700"][data-stock-market="HK"]').first()).toBeVisible();
    });
    await test.step('serves a strict Content-Security-Policy', async () => {
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    });
  });

  test('moves between articles by keyboard and from the contents, each with its own URL', async ({ page, desk }) => {
    await desk.open();
    await test.step('moves between articles and panes with the keyboard', async () => {
      await expect(desk.headlines).toHaveText([HEADLINES[0]]);
      await page.keyboard.press('j');
      await expect(desk.headlines).toHaveText([HEADLINES[1]]);
      await page.keyboard.press('j');
      await expect(desk.headlines).toHaveText([HEADLINES[2]]);
      await page.keyboard.press('k');
      await expect(desk.headlines).toHaveText([HEADLINES[1]]);
      await page.keyboard.press('1');
      await expect(desk.contents.locator('a[aria-current="page"]')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(desk.headlines).toHaveText([HEADLINES[2]]);
    });
    await test.step('opens an article from the contents, with its own URL', async () => {
      await desk.openArticle(1);
      await expect(desk.headlines).toHaveText([HEADLINES[1]]);
      const url = page.url();
      expect(url).toMatch(/#\/sample\/a\d+$/);
      await desk.reload();
      await expect(desk.headlines).toHaveText([HEADLINES[1]]);
      await desk.openArticle(3);
      await expect(desk.headlines).toHaveText([HEADLINES[3]]);
      await page.goBack();
      await expect(desk.headlines).toHaveText([HEADLINES[1]]);
      await page.goForward();
      await expect(desk.headlines).toHaveText([HEADLINES[3]]);
    });
  });

  test('a link to an article the page does not have opens the first, says so once, and the address follows', async ({ page, desk }) => {
    await desk.open('#/sample/a99999999');
    const notice = desk.reader.getByRole('status').filter({ hasText: '找不到這篇文章' });
    await expect(notice).toBeVisible();
    await expect(desk.headlines).toHaveText([HEADLINES[0]]);
    const first = await desk.entry(0).getAttribute('data-article-id');
    await expect(page).toHaveURL(new RegExp(`#/sample/${first}$`));
    // Found: another article, and back to the first, show no notice.
    await desk.openArticle(2);
    await expect(notice).toBeHidden();
    await desk.openArticle(0);
    await expect(desk.headlines).toHaveText([HEADLINES[0]]);
    await expect(notice).toBeHidden();
    await page.goBack();
    await page.goBack();
    await expect(desk.headlines).toHaveText([HEADLINES[0]]);
    await expect(notice).toBeHidden();
  });

  test('opens two articles side by side, and a link to them survives a reload', async ({ desk }) => {
    await desk.open();
    await desk.openBeside(3);
    await expect(desk.headlines).toHaveText([HEADLINES[0], HEADLINES[3]]);
    await desk.reload();
    await expect(desk.headlines).toHaveText([HEADLINES[0], HEADLINES[3]]);
  });

  test('keeps a link into the sample when its text arrives after the library is read back', async ({ page, desk }) => {
    await desk.open();
    await desk.openBeside(3);
    const link = page.url();
    // Hold back the sample's text (its own chunk) until the library has been read back.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/sample-page-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(page.locator('.app[data-library="ready"]')).toBeAttached();
    await expect(desk.entries).toHaveCount(0);
    release();
    await expect(desk.headlines).toHaveText([HEADLINES[0], HEADLINES[3]]);
    expect(page.url()).toBe(link);
  });

  test('corrects a split and a merge, keeps them over a reload, and undoes', async ({ page, desk }) => {
    await desk.open();
    await expect(desk.entries).toHaveCount(7);
    const subhead = desk.reader.locator('.split-row', { hasText: '拆穿美科企估值泡沫' });
    await subhead.getByTestId('split-here').click();
    await expect(desk.entries).toHaveCount(8);
    await expect(desk.entry(1)).toContainText('拆穿美科企估值泡沫');
    await desk.reload();
    await expect(desk.entries).toHaveCount(8);
    await expect(desk.entry(1)).toContainText('拆穿美科企估值泡沫');

    await desk.openArticle(3);
    await expect(desk.headlines).toHaveText([HEADLINES[2]]);
    await desk.reader.getByTestId('merge-previous').click();
    await expect(desk.entries).toHaveCount(7);
    await expect(desk.reader).toContainText('美股高處不勝寒');

    await page.getByRole('button', { name: /復原/ }).click();
    await expect(desk.entries).toHaveCount(8);
    await page.getByRole('button', { name: /復原/ }).click();
    await expect(desk.entries).toHaveCount(7);
    await desk.reload();
    await expect(desk.entries).toHaveCount(7);
  });

  test('remembers pane sizes', async ({ page, desk }) => {
    await desk.open();
    const contents = desk.pane('contents');
    const before = (await contents.boundingBox())!.width;
    await page.getByRole('separator').first().focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await contents.boundingBox())!.width).toBeGreaterThan(before + 20);
    const after = (await contents.boundingBox())!.width;
    // The side column's old default split (50/25/25), as the panes library stored it for every reader.
    const side = 'react-resizable-panels:broadsheet-side';
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ 'p-charts': 50, 'p-watchlist': 25, 'p-notebook': 25 })), side);
    await desk.reload();
    await expect.poll(async () => Math.round((await contents.boundingBox())?.width ?? 0)).toBe(Math.round(after));
    await test.step('a side split stored only because it was the old default gives way to the new one', async () => {
      const share = async () => {
        const [watchlist, charts] = await Promise.all([desk.pane('watchlist').boundingBox(), desk.pane('charts').boundingBox()]);
        return watchlist!.height / charts!.height;
      };
      // 35/45 now; it was 25/50.
      await expect.poll(share).toBeGreaterThan(0.65);
      await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}')['p-watchlist'] as number, side)).toBe(35);
    });
  });
});

test.describe('phone @phone', () => {
  test('shows one pane at a time with a tab bar', async ({ desk }) => {
    await desk.open();
    await expect(desk.contents).toBeVisible();
    await expect(desk.reader).toHaveCount(0);
    await desk.entry(1).getByRole('link').click();
    await expect(desk.headlines).toHaveText([HEADLINES[1]]);
    await expect(desk.contents).toHaveCount(0);
    await desk.tab('目錄').click();
    await expect(desk.contents).toBeVisible();
    await desk.tab('圖表').click();
    await expect(desk.charts).toBeVisible();
    expect(await desk.scrollsSideways()).toBe(false);
  });

});

test.describe('a long page', () => {
  /** Opens a page of the sample 20 times over: 140 entries in the contents. */
  async function openLongPage(desk: Desk) {
    const sample = readFileSync(new URL('../src/core/sample/sample-page.txt', import.meta.url), 'utf8');
    await seedLibrary(desk.page, { id: 'long', title: 'long', source: Array.from({ length: 20 }, () => sample).join('\n\n') });
    await desk.open('#/long');
  }

  test('lists all of its articles in the contents, and switches script in the entries off screen too', async ({ desk }) => {
    await openLongPage(desk);
    await expect(desk.entries).toHaveCount(20 * (HEADLINES.length + 1));
    await expect(desk.entries.last()).toContainText('恭賀春釐');
    await desk.toSimplified();
    await expect(desk.entries.first()).toContainText('DeepSeek牵动AI产业价值重估');
    await expect(desk.entries.last()).toContainText('恭贺春釐');
    await expect(desk.entries.last()).toContainText('数字 0');
    await desk.entries.last().scrollIntoViewIfNeeded();
    await expect(desk.entries.last()).toContainText('恭贺春釐');
    await desk.toggleScript();
    await expect(desk.entries.last()).toContainText('恭賀春釐');
    await expect(desk.entries.first()).toContainText('DeepSeek牽動AI產業價值重估');
  });
});

test.describe('a page without headlines', () => {
  test('names each article by its opening words, in the contents, the charts and the title', async ({ page, desk }) => {
    // A news item as a wire service writes it: no headline, straight into the text.
    const source = '和電香港(00215.HK)宣布，將推出一系列以 AI 為核心的創新產品及服務，合共送出800億個詞元。';
    await seedLibrary(page, { id: 'wire', title: 'wire', source });
    await desk.open('#/wire');
    await expect(desk.entries).toHaveCount(1);
    await expect(desk.entries.locator('.contents-title')).toHaveText('和電香港(00215.HK)宣布…');
    await expect(desk.charts.locator('.charts-article-title')).toHaveText('和電香港(00215.HK)宣布…');
    await expect(page).toHaveTitle(/^和電香港\(00215\.HK\)宣布… — /);
    // The reading pane still says plainly that the article has no headline.
    await expect(desk.headlines.first()).toHaveText('（無標題）');
    await desk.annotated();
    await expectNoAxeViolations(page); // the muted name still reads (contrast)
  });
});

test.describe('what a figure is', () => {
  test('each figure says its subject, measure and date, in its tip in either script, read against the page date the reader can set', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle('美股高處不勝寒');
    await desk.annotated();
    const date = page.getByTestId('page-date');
    await expect(date).toHaveValue('2025-02-01');
    // Shown as a Chinese reader writes it, whatever the browser's own date format.
    const shown = page.locator('.page-date-shown');
    await expect(shown).toHaveText('2025年2月1日');
    // 恒指…收20225點 on 本週二: the Hang Seng's level on Tuesday 28 January.
    const close = desk.reader.locator('mark[data-figure-value="20225"]');
    await expect(close).toHaveAttribute('data-figure-subject', 'index:HSI');
    await expect(close).toHaveAttribute('data-figure-measure', 'level');
    await expect(close).toHaveAttribute('data-figure-date', '2025-01-28');
    // 道指 and 納指 are other indices, 上證指數's 4000點 a target with no date.
    await expect(desk.reader.locator('mark[data-figure-value="45000"]')).toHaveAttribute('data-figure-subject', 'index:DJI');
    const target = desk.reader.locator('mark[data-figure-value="4000"]');
    await expect(target).toHaveAttribute('data-figure-subject', 'index:SSEC');
    await expect(target).not.toHaveAttribute('data-figure-date', /.+/);

    await close.hover();
    const tip = desk.reader.locator('.figure-tip');
    await expect(tip).toContainText('恒生指數');
    await expect(tip).toContainText('水平（收市）');
    await expect(tip).toContainText('2025年1月28日');
    await page.mouse.move(0, 0);
    await desk.toggleScript();
    await close.hover();
    await expect(tip).toContainText('恒生指数');
    await expect(tip).toContainText('水平（收盘）');
    await page.mouse.move(0, 0);
    await desk.toggleScript();

    // A week later, 本週二 is 4 February; the date is kept over a reload.
    await date.fill('2025-02-08');
    await expect(shown).toHaveText('2025年2月8日');
    await expect(close).toHaveAttribute('data-figure-date', '2025-02-04');
    await desk.reload();
    await desk.annotated();
    await expect(page.getByTestId('page-date')).toHaveValue('2025-02-08');
    await expect(desk.reader.locator('mark[data-figure-value="20225"]')).toHaveAttribute('data-figure-date', '2025-02-04');
  });
});
