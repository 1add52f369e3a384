import { expect, openApp, test } from './fixtures';

/**
 * Printed, the page is the article and then its charts: no header, toolbar, side panes or
 * buttons; nothing cut by a pane's scroll box; dark or sepia readers print black on white.
 */
test('prints the article whole, then its charts, black on white, without the app around them', async ({ page, desk }) => {
  await openApp(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.emulateMedia({ media: 'print' });

  for (const hidden of ['.topbar', '.reader-toolbar', '[data-testid="watchlist"]', '[data-testid="split-here"]', '[data-testid="contents"]']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  const article = desk.reader.getByTestId('article').first();
  await expect(article).toBeVisible();
  const chart = desk.charts.getByTestId('chart').first();
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg').first()).toBeVisible();
  // The charts' buttons (table, PNG, SVG, CSV) are for the screen.
  expect(await desk.charts.locator('button').count()).toBeGreaterThan(0);
  expect(await desk.charts.locator('button').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(0);

  const layout = await page.evaluate(() => {
    const a = document.querySelector('[data-testid="reader"] [data-testid="article"]')!;
    const blocks = [...a.querySelectorAll('[data-block-id]')];
    const last = blocks.at(-1)!.getBoundingClientRect();
    const chartTop = document.querySelector('[data-testid="chart"]')!.getBoundingClientRect().top;
    // Anything between the article's last line and the document that clips it?
    let clipped = '';
    for (let el = blocks.at(-1)!.parentElement; el && el !== document.body; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (/(auto|scroll|hidden)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1) clipped = el.className;
    }
    const style = getComputedStyle(a);
    return { lastBottom: last.bottom, chartTop, clipped, color: style.color, background: style.backgroundColor };
  });
  expect(layout.clipped, 'a box that cuts the article on paper').toBe('');
  expect(layout.chartTop, 'the charts follow the article').toBeGreaterThanOrEqual(layout.lastBottom);
  expect(layout.color).toBe('rgb(0, 0, 0)');
  expect(layout.background).toBe('rgb(255, 255, 255)');
  // And Chromium makes a PDF of it: more than one page, as the article and its charts need.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(1);
});
