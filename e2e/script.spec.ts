import { expect, HEADLINES, test } from './fixtures';
import { seedLibrary } from './seed';

test.describe('script toggle', () => {
  test('converts text, contents, UI words, labels and title, restores the original exactly, and Alt+S’s choice survives a reload', async ({ page, desk }) => {
    await desk.open();
    await test.step('converts text, contents, UI words, labels and title, and restores the original exactly', async () => {
      await desk.annotated();
      await desk.expectScript('hant');
      const reader = desk.reader;
      const before = await reader.innerText();
      const contentsBefore = await desk.contents.innerText();
      const titleBefore = await page.title();

      await desk.toSimplified();
      await expect(reader.locator('[data-stock-code="00700"]').first()).toContainText('腾讯');
      await expect(desk.headlines).toHaveText(['DeepSeek牵动AI产业价值重估']);
      await expect(desk.entries.first()).toContainText('DeepSeek牵动AI产业价值重估');
      await expect(page.getByRole('navigation', { name: '本页文章目录' })).toBeVisible();
      await expect(desk.scriptToggle).toHaveAccessibleName(/切换为繁体中文/);
      await expect(page).toHaveTitle(/DeepSeek牵动AI产业价值重估/);
      // Codes, numbers and Latin stay as written; figures keep their values.
      await expect(reader.locator('[data-figure-value="300000000000"]')).toHaveText('3000亿美元');
      await expect(reader).toContainText('OpenAI');

      await desk.scriptToggle.click();
      await desk.expectScript('hant');
      expect(await reader.innerText()).toBe(before);
      expect(await desk.contents.innerText()).toBe(contentsBefore);
      expect(await page.title()).toBe(titleBefore);
      await expect(reader.locator('[data-stock-code="00700"]').first()).toContainText('騰訊');
    });
    await test.step('Alt+S toggles, and the choice survives a reload', async () => {
      await page.keyboard.press('Alt+s');
      await desk.expectScript('hans');
      await page.reload();
      await desk.expectScript('hans');
      await expect(desk.headlines).toHaveText(['DeepSeek牵动AI产业价值重估']);
    });
  });

  test('keeps the paragraph at the top of the reading pane in place', async ({ page, desk }) => {
    await desk.open();
    await desk.annotated();
    // Here both scripts' faces set text to the same widths, so nothing would move; on systems whose
    // Simplified faces are wider (YaHei, SimSun), lines rewrap. Make them rewrap here too, and
    // switch off Chromium's own scroll anchoring, which browsers without it don't have.
    await page.addStyleTag({ content: ':root:lang(zh-Hans) .block { letter-spacing: 0.12em; } .reader { overflow-anchor: none; }' });
    const reader = desk.reader;
    const target = reader.locator('[data-block-id]', { hasText: '開源AI難被封殺' });
    await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const topBlock = () =>
      reader.evaluate((scroller) => {
        const top = scroller.getBoundingClientRect().top;
        const block = [...scroller.querySelectorAll<HTMLElement>('[data-block-id]')].find((b) => b.getBoundingClientRect().bottom > top + 1)!;
        return { id: block.dataset.blockId, offset: Math.round(block.getBoundingClientRect().top - top) };
      });
    const before = await topBlock();
    const scrolled = await reader.evaluate((el) => el.scrollTop);
    await desk.toSimplified();
    const kept = async () => {
      const now = await topBlock();
      return now.id === before.id && Math.abs(now.offset - before.offset) <= 2;
    };
    await expect.poll(kept).toBe(true);
    expect(await reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled + 50); // the text above grew
  });

  test('a selection survives the toggle', async ({ page, desk }) => {
    await desk.open();
    await desk.annotated();
    const paragraph = desk.reader.locator('[data-block-kind="paragraph"]').nth(1);
    await paragraph.evaluate((el) => {
      const text = el.firstChild!;
      window.getSelection()!.setBaseAndExtent(text, 2, text, 8);
    });
    const before = await page.evaluate(() => window.getSelection()!.toString());
    expect(before).toHaveLength(6);
    await desk.toSimplified();
    const after = await page.evaluate(() => window.getSelection()!.toString());
    expect(after).toHaveLength(6);
    expect(after).not.toBe('');
  });

  test('an open stock card and an open figure tip survive the toggle, and show the other script', async ({ page, desk, watchlist }) => {
    await desk.open();
    await test.step('an open stock card survives the toggle, by key or by click, and shows the other script', async () => {
      await desk.reader.getByRole('button', { name: '騰訊 (00700)' }).click();
      const card = watchlist.card;
      await expect(card).toBeVisible();
      await expect(watchlist.toggle).toHaveText('加入自選股');
      await page.keyboard.press('Alt+S');
      await desk.expectScript('hans');
      await expect(card).toBeVisible();
      await expect(card).toContainText('腾讯');
      await expect(watchlist.toggle).toHaveText('加入自选股');
      await desk.scriptToggle.click();
      await desk.expectScript('hant');
      await expect(card).toBeVisible();
      await expect(card).toContainText('騰訊');
    });
    await page.keyboard.press('Escape');
    await expect(watchlist.card).toBeHidden();
    await test.step('an open figure tip survives the toggle', async () => {
      const figure = desk.reader.locator('[data-figure-value="300000000000"]').first();
      await figure.focus();
      const tip = page.getByRole('tooltip');
      await expect(tip).toBeVisible();
      await expect(tip).toContainText('億');
      await page.keyboard.press('Alt+S');
      await desk.expectScript('hans');
      await expect(tip).toBeVisible();
      await expect(tip).toContainText('亿');
    });
  });

  test('shows a Simplified page in Traditional through the worker, and back', async ({ page, desk }) => {
    await seedLibrary(page, {
      id: 'hans1',
      title: '东航快讯',
      source: '东航股价暴跌\n\n中国东方航空股份港股跳水大跌6.46%，报2.75港元/股，总市值1103亿港元。腾讯（00700）亦受影响。\n',
    });
    await desk.open('#/hans1');
    await desk.expectScript('hant');
    const reader = desk.reader;
    await expect(desk.headlines).toHaveText(['東航股價暴跌']);
    await expect(reader).toContainText('中國東方航空股份港股跳水大跌6.46%，報2.75港元/股，總市值1103億港元。騰訊（00700）亦受影響。');
    await desk.toSimplified();
    await expect(desk.headlines).toHaveText(['东航股价暴跌']);
    await expect(reader).toContainText('总市值1103亿港元');
  });

});

test.describe('first visit follows the browser’s languages', () => {
  test.use({ locale: 'zh-CN' });
  test('zh-CN reads Simplified', async ({ desk }) => {
    await desk.open();
    await desk.expectScript('hans');
    await expect(desk.headlines).toHaveText(['DeepSeek牵动AI产业价值重估']);
  });
});

test.describe('phone @phone', () => {
  test('toggles on the phone layout, in the text, the contents and the tab bar', async ({ desk }) => {
    await desk.open();
    await expect(desk.entries.nth(1)).toContainText(HEADLINES[1]);
    await desk.toSimplified();
    await expect(desk.entries.first()).toContainText('DeepSeek牵动AI产业价值重估');
    await expect(desk.tab('目录')).toBeVisible();
    await desk.entries.first().getByRole('link').click();
    await expect(desk.reader.locator('[data-stock-code="00700"]').first()).toContainText('腾讯');
    await desk.scriptToggle.click();
    await expect(desk.reader.locator('[data-stock-code="00700"]').first()).toContainText('騰訊');
  });
});
