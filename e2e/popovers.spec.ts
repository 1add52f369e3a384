import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

const shot = (info: { project: { outputDir: string } }, name: string) => join(info.project.outputDir, 'screens', `${name}.png`);

/** The reading pane's scroller shows the first article (on a phone layout, after leaving the contents). */
async function openFirstArticle(page: Page) {
  await openApp(page);
  const link = page.getByTestId('contents-item').first().getByRole('link');
  if (!(await page.getByTestId('reader').isVisible())) await link.click();
  await expect(page.getByTestId('article')).toHaveCount(1);
}

async function setScript(page: Page, script: 'hant' | 'hans') {
  if (script === 'hans') await page.getByTestId('script-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', script === 'hans' ? 'zh-Hans' : 'zh-Hant-HK');
}

/** Of the marks matched, the one reaching furthest right, scrolled to the foot of the reading pane. */
async function rightmostAtBottom(marks: Locator): Promise<Locator> {
  const rights = await marks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
  const mark = marks.nth(rights.indexOf(Math.max(...rights)));
  await mark.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  return mark;
}

/**
 * The box lies wholly inside the viewport, to the half pixel: on a phone's 2.625 device pixels
 * a CSS pixel, a box flush with the edge can measure a ten-millionth of a pixel past it.
 */
async function expectWithinViewport(page: Page, box: Locator) {
  await expect(box).toBeVisible();
  const viewport = page.viewportSize()!;
  await expect
    .poll(async () => {
      const { x, y, width, height } = (await box.boundingBox())!;
      return x >= -0.5 && y >= -0.5 && x + width <= viewport.width + 0.5 && y + height <= viewport.height + 0.5;
    })
    .toBe(true);
}

for (const layout of ['desktop', 'phone @phone'] as const) {
  for (const script of ['hant', 'hans'] as const) {
    test(`the stock card (a bottom sheet) and the figure tip stay on a 320 px screen at its right and bottom edges, ${script}, ${layout}`, async ({ page }, info) => {
      test.slow(); // two popovers, two pictures and an accessibility check
      const name = layout === 'desktop' ? 'desktop' : 'phone';
      await page.setViewportSize({ width: 320, height: 640 });
      await openFirstArticle(page);
      await setScript(page, script);
      const reader = page.getByTestId('reader');

      const stock = await rightmostAtBottom(reader.locator('[data-stock-code]'));
      await stock.click();
      const card = page.getByRole('dialog');
      await expectWithinViewport(page, card);
      // A bottom sheet across the screen, on the tab bar (never over it), the mention at the foot
      // of the pane scrolled up into sight above it: it covers no control beside the mention.
      const tabbar = (await page.getByRole('tablist').boundingBox())!;
      await expect.poll(async () => (await stock.boundingBox())!.y + (await stock.boundingBox())!.height).toBeLessThanOrEqual((await card.boundingBox())!.y);
      const sheet = (await card.boundingBox())!;
      expect([sheet.x, sheet.width]).toEqual([0, 320]);
      expect(Math.abs(sheet.y + sheet.height - tabbar.y)).toBeLessThanOrEqual(1);
      await expect(card.getByTestId('watch-toggle')).toBeFocused();
      await page.screenshot({ path: shot(info, `popover-card-320-${name}-${script}`) });
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      await expect(stock).toBeFocused();

      const figure = await rightmostAtBottom(reader.locator('mark[data-figure-id]'));
      await figure.focus();
      const tip = reader.locator('.figure-tip');
      await expect(tip.getByRole('tooltip')).not.toBeEmpty();
      await expect(tip.getByTestId('figure-chart-toggle')).toBeVisible();
      await expectWithinViewport(page, tip);
      const article = (await reader.getByTestId('article').boundingBox())!;
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(article.x);
      expect(box.x + box.width).toBeLessThanOrEqual(article.x + article.width + 0.5);
      await page.screenshot({ path: shot(info, `popover-tip-320-${name}-${script}`) });
      await page.keyboard.press('Escape');
      await expect(tip).toHaveCount(0);
      await expect(figure).toBeFocused();
    });
  }
}

for (const script of ['hant', 'hans'] as const) {
  test(`the card and the tip beside their marks on a desktop, ${script}`, async ({ page }, info) => {
    await openFirstArticle(page);
    await setScript(page, script);
    const reader = page.getByTestId('reader');
    const stock = await rightmostAtBottom(reader.locator('[data-stock-code]'));
    await stock.click();
    const card = page.getByRole('dialog');
    await expectWithinViewport(page, card);
    await page.screenshot({ path: shot(info, `popover-card-desktop-${script}`) });
    // A press outside closes it, and focus stays where the press put it.
    await page.getByTestId('article').locator('h2').click();
    await expect(card).toBeHidden();

    const figure = await rightmostAtBottom(reader.locator('mark[data-figure-id]'));
    await figure.hover();
    const tip = reader.locator('.figure-tip');
    await expect(tip.getByTestId('figure-chart-toggle')).toBeVisible();
    await expectWithinViewport(page, tip);
    await page.screenshot({ path: shot(info, `popover-tip-desktop-${script}`) });
  });
}

test('the card follows its mark when the reading pane scrolls, and when the window resizes', async ({ page }) => {
  await openFirstArticle(page);
  const stock = page.getByTestId('reader').locator('[data-block-kind="stockTip"] [data-stock-code="00700"]');
  await stock.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await stock.click();
  const card = page.getByRole('dialog');
  await expect(card).toBeVisible();
  const gap = async () => (await card.boundingBox())!.y - (await stock.boundingBox())!.y;
  const before = await gap();
  await page.getByTestId('reader').evaluate((el) => el.scrollBy(0, 60));
  await expect.poll(gap).toBeCloseTo(before, 0);
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(async () => (await card.boundingBox())!.x - (await stock.boundingBox())!.x).toBeCloseTo(0, 0);
  await expect(card).toBeVisible();
});
