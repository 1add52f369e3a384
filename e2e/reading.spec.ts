import { expect, HEADLINES, openApp, test } from './fixtures';
import { seedRaw, storedAs } from './seed';
import type { Page } from '@playwright/test';

/** The reading settings' panel, opened from its button in the reader's toolbar. */
async function openSettings(page: Page) {
  const button = page.getByTestId('reading-settings');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.getByRole('dialog', { name: '閱讀設定' });
  await expect(panel).toBeVisible();
  return panel;
}

/** The article's font size, line height and width as the browser lays it out. */
function articleLook(page: Page) {
  return page.getByTestId('article').first().evaluate((el) => {
    const cs = getComputedStyle(el);
    return { fontSize: cs.fontSize, lineHeight: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), fontFamily: cs.fontFamily, width: el.getBoundingClientRect().width };
  });
}

/** The page's background (the root's: the body is transparent). */
const background = (page: Page) => page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
/** The colour the charts pane's second series colour (--chart-1) comes to there. */
const chartColour = (page: Page) =>
  page.getByTestId('charts').evaluate((pane) => {
    const probe = pane.appendChild(document.createElement('span'));
    probe.style.color = 'var(--chart-1)';
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

test.describe('reading settings', () => {
  test('every setting applies at once and is kept over a reload', async ({ page, desk }) => {
    await openApp(page);
    const panel = await openSettings(page);
    const before = await articleLook(page);
    expect(before.fontSize).toBe('18px');

    await panel.getByRole('radio', { name: '米黃' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    await panel.getByRole('slider', { name: '字體大小' }).fill('30');
    await panel.getByRole('slider', { name: '行距' }).fill('2.2');
    await panel.getByRole('slider', { name: '每行字數' }).fill('24');
    await panel.getByRole('radio', { name: '黑體' }).check();
    await expect.poll(async () => (await articleLook(page)).lineHeight).toBeCloseTo(2.2, 2);
    const after = await articleLook(page);
    expect(after.fontSize).toBe('30px');
    expect(after.fontFamily).toContain('Sans');
    // 24 characters of 30 px (and their tracking), plus the padding: narrower than before.
    expect(after.width).toBeLessThan(24 * 30 * 1.02 + 3.6 * 16 + 3);
    expect(await background(page)).toBe('rgb(239, 228, 204)');

    await desk.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
    await expect.poll(() => articleLook(page)).toMatchObject({ fontSize: '30px' });
    const again = await openSettings(page);
    await expect(again.getByRole('slider', { name: '字體大小' })).toHaveValue('30');
    await expect(again.getByRole('slider', { name: '行距' })).toHaveValue('2.2');
    await expect(again.getByRole('slider', { name: '每行字數' })).toHaveValue('24');
    await expect(again.getByRole('radio', { name: '黑體' })).toBeChecked();
    await expect(again.getByRole('radio', { name: '米黃' })).toBeChecked();
  });

  test('A+ goes past 24 px up to 32, A− down to 14', async ({ page }) => {
    await openApp(page);
    const larger = page.getByRole('button', { name: '放大字體' });
    for (let i = 0; i < 12; i++) if (await larger.isEnabled()) await larger.click();
    await expect(larger).toBeDisabled();
    await expect.poll(() => articleLook(page)).toMatchObject({ fontSize: '32px' });
    const smaller = page.getByRole('button', { name: '縮小字體' });
    for (let i = 0; i < 12; i++) if (await smaller.isEnabled()) await smaller.click();
    await expect(smaller).toBeDisabled();
    await expect.poll(() => articleLook(page)).toMatchObject({ fontSize: '14px' });
  });

  test('a reader of the earlier version keeps their font size and script', async ({ page }) => {
    await seedRaw(page, 'prefs', storedAs('prefs', { script: 'hans', fontSize: 22 } as never, 1));
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect.poll(() => articleLook(page)).toMatchObject({ fontSize: '22px' });
    // Written back as this version's, with the new settings at their defaults.
    await page.getByRole('button', { name: '放大字体' }).click();
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('broadsheet-prefs') ?? '{}'))).toMatchObject({
      version: 3,
      state: { script: 'hans', fontSize: 24, theme: 'system', typeface: 'serif', focus: false },
    });
  });

  test('the theme follows the system until the reader picks one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    expect(await background(page)).toBe('rgb(21, 21, 19)');
    const panel = await openSettings(page);
    await expect(panel.getByRole('radio', { name: '跟隨系統' })).toBeChecked();
    await panel.getByRole('radio', { name: '淺色' }).check();
    await expect.poll(() => background(page)).toBe('rgb(247, 245, 240)');
    // The charts' colours follow the reader's theme too, not the system's (#b45309 on light paper).
    expect(await chartColour(page)).toBe('rgb(180, 83, 9)');
    await page.emulateMedia({ colorScheme: 'light' });
    await panel.getByRole('radio', { name: '深色' }).check();
    await expect.poll(() => background(page)).toBe('rgb(21, 21, 19)');
    expect(await chartColour(page)).toBe('rgb(251, 191, 36)');
  });

  test('focus mode hides the side panes and brings them back as they were', async ({ page, desk }) => {
    await openApp(page);
    const panel = await openSettings(page);
    const readerWidth = () => page.locator('#pane-reader').evaluate((el) => el.getBoundingClientRect().width);
    const narrow = await readerWidth();
    await panel.getByRole('checkbox', { name: /專注模式/ }).check();
    await expect(desk.contents).toBeHidden();
    await expect(desk.charts).toBeHidden();
    await expect(page.getByTestId('watchlist')).toBeHidden();
    await expect.poll(readerWidth).toBeGreaterThan(1300);
    await page.reload();
    await expect(desk.headlines).toHaveText([HEADLINES[0]]);
    await expect(desk.contents).toBeHidden();
    const again = await openSettings(page);
    await again.getByRole('checkbox', { name: /專注模式/ }).uncheck();
    await expect(desk.contents).toBeVisible();
    await expect(desk.charts).toBeVisible();
    await expect.poll(readerWidth).toBeCloseTo(narrow, -1);
  });

  test('Escape closes the settings and gives focus back to their button', async ({ page }) => {
    await openApp(page);
    const panel = await openSettings(page);
    await panel.getByRole('slider', { name: '行距' }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByTestId('reading-settings')).toBeFocused();
  });

});

test.describe('reading settings on a phone', () => {
  test('open at 320 px without overflow, and focus mode hides the tab bar only in the reader @phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openApp(page);
    await page.getByRole('tab', { name: '閱讀' }).click();
    const panel = await openSettings(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await panel.getByRole('checkbox', { name: /專注模式/ }).check();
    await expect(page.getByRole('tab', { name: '閱讀' })).toBeHidden();
    await panel.getByRole('checkbox', { name: /專注模式/ }).uncheck();
    await expect(page.getByRole('tab', { name: '目錄' })).toBeVisible();
  });
});

/**
 * The widest gap between two Han characters side by side on a line of a justified paragraph of
 * the reader (the line's last excepted), in ems: how far justification spread them. Measured
 * from each character's box (a Range's), less the character and its tracking.
 */
function widestHanGap(page: Page) {
  return page.getByTestId('reader').evaluate((reader) => {
    const han = /\p{Script=Han}/u;
    let worst = { gap: 0, line: '', justified: 0, ragged: 0 };
    for (const block of reader.querySelectorAll<HTMLElement>('[data-testid="article"] [data-block-id]')) {
      const style = getComputedStyle(block);
      if (block.hasAttribute('data-loose')) worst.ragged++;
      if (style.textAlign !== 'justify') continue;
      worst.justified++;
      const em = parseFloat(style.fontSize);
      const tracking = (parseFloat(style.letterSpacing) || 0) / em;
      const lines: { top: number; chars: { c: string; left: number }[] }[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (!box) continue;
          const top = box.top + box.height / 2;
          const line = lines.at(-1);
          if (line && Math.abs(line.top - top) < em / 2) line.chars.push({ c: node.data[i]!, left: box.left });
          else lines.push({ top, chars: [{ c: node.data[i]!, left: box.left }] });
        }
      }
      for (const { chars } of lines.slice(0, -1)) {
        for (let i = 1; i < chars.length; i++) {
          if (!han.test(chars[i - 1]!.c) || !han.test(chars[i]!.c)) continue;
          const gap = (chars[i]!.left - chars[i - 1]!.left) / em - 1 - tracking;
          if (gap > worst.gap) worst = { ...worst, gap, line: chars.map((ch) => ch.c).join('') };
        }
      }
    }
    return worst;
  });
}

test('on a 320 px screen, at every font size: justified lines never open gaps of half a character, and a share class never breaks', async ({ page, desk }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openApp(page);
  await desk.tab('閱讀').click();
  // The first article: Latin words (DeepSeek, OpenAI, Sam Altman) and numbers every line or two.
  await expect(desk.headlines).toHaveText([HEADLINES[0]]);
  const smaller = page.getByRole('button', { name: '縮小字體' });
  const larger = page.getByRole('button', { name: '放大字體' });
  const fontSize = () => desk.articles.first().evaluate((el) => getComputedStyle(el).fontSize);
  // In the other script too (its fonts set the punctuation otherwise), judged again once it shows.
  await desk.toSimplified();
  await expect.poll(async () => (await widestHanGap(page)).gap).toBeLessThan(0.5);
  await desk.toggleScript();
  while (await smaller.isEnabled()) await smaller.click();
  for (;;) {
    const size = await fontSize();
    const { gap, line, justified, ragged } = await widestHanGap(page);
    // A paragraph that would open wider gaps ends ragged (0.35 em at most, core/text/justify-gaps);
    // half an em leaves layout its rounding. Most stay justified (this article has Latin every line or two).
    expect(gap, `at ${size}: ${line}`).toBeLessThan(0.5);
    expect(ragged, `paragraphs set ragged at ${size}`).toBeLessThanOrEqual((justified + ragged) / 2);
    if (!(await larger.isEnabled())) break;
    await larger.click();
    await expect.poll(fontSize).not.toBe(size);
  }

  await desk.tab('目錄').click();
  await desk.openArticle('美股高處不勝寒');
  const terms = desk.reader.locator('.keep-together');
  await expect(terms.first()).toHaveText('A股');
  for (let i = 0; i < 5; i++) {
    await smaller.click();
    // Each term's characters sit in one box: one line.
    expect(await terms.evaluateAll((els) => els.filter((el) => el.getClientRects().length !== 1).map((el) => el.textContent))).toEqual([]);
  }
  expect(await terms.count()).toBeGreaterThan(0);
});
