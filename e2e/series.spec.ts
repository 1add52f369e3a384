import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import type { Desk } from './pages/desk';
import type { Library } from './pages/library';
import { seedLibrary } from './seed';

/** Three dated pages, a week apart, citing 恒指's close and 騰訊's target price (e2e/pages/series-*.txt). */
const DAYS = ['2025-01-28', '2025-02-04', '2025-02-11'] as const;
const TEXTS = DAYS.map((d) => readFileSync(new URL(`./pages/series-${d}.txt`, import.meta.url), 'utf8'));
const HEADLINES = TEXTS.map((t) => t.split('\n')[0]!);
const shot = (info: TestInfo, name: string) => join(info.project.outputDir, 'screens', `${name}.png`);

/** Imports the pages by pasting them, one after another; returns their ids in import order. */
async function importPages(page: Page, library: Library, desk: Desk): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, text] of TEXTS.entries()) {
    await library.paste(text);
    await expect(library.message).toContainText(HEADLINES[i]!);
    await library.close();
    await expect(desk.entries.first()).toContainText(HEADLINES[i]!);
    const app = page.locator('.app');
    await expect(app).not.toHaveAttribute('data-page-id', ids.at(-1) ?? 'sample');
    ids.push((await app.getAttribute('data-page-id'))!);
  }
  return ids;
}

/** The series view, and its points drawn from the given pages, in the order they are drawn. */
function seriesView(page: Page) {
  const view = page.getByTestId('figure-series');
  return {
    view,
    points: (kind: string, pageIds: readonly string[]): Locator =>
      view.locator(`[data-testid="series-point"][data-figure-kind="${kind}"]`).and(view.locator(pageIds.map((id) => `[data-page-id="${id}"]`).join(','))),
  };
}

async function attrs(points: Locator, name: string): Promise<(string | null)[]> {
  return points.evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);
}

/** Opens the tip of a figure in the reader and, from it, the figure's series. */
async function openFromTip(desk: Desk, text: string): Promise<void> {
  const mark = desk.figure(text);
  await expect(mark).toHaveAttribute('data-figure-subject', /.+/);
  await mark.hover();
  await desk.reader.locator('.figure-tip').getByTestId('open-series').click();
}

test.describe('series: a subject’s figures across the library', () => {
  test('from a figure and from the stock card: dates, values, order, a point to its sentence, both scripts, a corrected date', async ({ page, desk, library }, info) => {
    await openApp(page);
    const ids = await importPages(page, library, desk);
    const [p1, , p3] = ids as [string, string, string];
    await desk.annotated();

    // From the 恒指 close in the third page's text.
    await openFromTip(desk, '20530');
    const { view, points } = seriesView(page);
    await expect(view).toBeVisible();
    await expect(view).toHaveAttribute('data-figure-subject', 'index:HSI');
    await expect(view).toHaveAttribute('data-figure-measure', 'level');
    const closes = points('close', ids);
    await expect(closes).toHaveCount(3);
    expect(await attrs(closes, 'data-figure-date')).toEqual(['2025-01-27', '2025-02-03', '2025-02-10']);
    expect(await attrs(closes, 'data-figure-value')).toEqual(['20225', '19850', '20530']);
    expect(await attrs(closes, 'data-page-id')).toEqual(ids);
    // The thresholds (重上兩萬點, 跌穿兩萬點) are told apart from the closes.
    expect(await attrs(points('threshold', ids), 'data-figure-value')).toEqual(['20000', '20000']);
    await expect(view.getByTestId('series-title')).toHaveText('恒生指數水平');
    // The time axis words its dates as the table does.
    await expect(view.locator('.series-surface .chart-axis')).toContainText('2025年1月27日');
    await page.screenshot({ path: shot(info, 'series-hsi-desktop-hant') });

    // One click from a point to its page and sentence.
    await closes.first().click();
    await expect(view).toBeHidden();
    await expect(page.locator('.app')).toHaveAttribute('data-page-id', p1);
    await desk.annotated();
    // Its sentence lit up (in pieces around the marks in it), and the figure itself.
    await expect(desk.reader.locator('.sentence-hot').first()).toHaveText('【本報訊】恒指昨日收報');
    await expect(desk.figure('20225')).toHaveClass(/is-hot/);
    await expect(desk.figure('20225')).toBeInViewport();
    // The sentence is lit while the reader stays where the point led: leaving the page (or coming
    // back to it by another way) leaves nothing lit; back leads to the sentence again.
    const lit = desk.reader.locator('.sentence-hot, .figure.is-hot');
    await page.goto(`/#/${p3}`);
    await expect(page.locator('.app')).toHaveAttribute('data-page-id', p3);
    await desk.annotated();
    await expect(lit).toHaveCount(0);
    await page.goto(`/#/${p1}`);
    await expect(page.locator('.app')).toHaveAttribute('data-page-id', p1);
    await desk.annotated();
    await expect(desk.figure('20225')).toBeVisible();
    await expect(lit).toHaveCount(0);
    await page.goBack();
    await page.goBack();
    await expect(desk.figure('20225')).toHaveClass(/is-hot/);

    // From 騰訊's card: what the pages said of it, each with where and when.
    await desk.stock('00700').first().click();
    const figures = page.getByTestId('stock-figures');
    await expect(figures).toBeVisible();
    const entry = (measure: string) => figures.locator(`[data-testid="stock-figure"][data-figure-measure="${measure}"]`);
    await expect(entry('price')).toHaveAttribute('data-figure-value', '438');
    await expect(entry('price')).toHaveAttribute('data-page-id', p3);
    await expect(entry('price')).toContainText('2025年2月11日');
    await expect(entry('change-percent')).toHaveAttribute('data-figure-value', '5.2');
    expect(await attrs(entry('target-price'), 'data-figure-value')).toEqual(['600', '580']);
    await expect(entry('target-price').first()).toContainText('花旗');
    await page.screenshot({ path: shot(info, 'series-card-desktop-hant') });
    await entry('target-price').first().getByTestId('open-series').click();
    await expect(view).toHaveAttribute('data-figure-subject', 'HK:00700');
    await expect(view).toHaveAttribute('data-figure-measure', 'target-price');
    const targets = view.getByTestId('series-point');
    expect(await attrs(targets, 'data-figure-value')).toEqual(['560', '580', '600']);
    expect(await attrs(targets, 'data-figure-date')).toEqual(['2025-01-27', '2025-02-03', '2025-02-10']);
    await expect(view.locator('table')).toContainText('摩根士丹利');
    await expect(view.getByTestId('series-title')).toHaveText('騰訊控股目標價');
    // Who set them: a line per broker, named in the legend, not one line of 數值.
    await expect(view.locator('.series-legend li')).toHaveText(['花旗（2）', '摩根士丹利（1）']);

    // The script toggle converts the series' labels.
    await page.keyboard.press('Alt+S');
    await desk.expectScript('hans');
    await expect(view.getByTestId('series-title')).toHaveText('腾讯控股目标价');
    await expect(view.locator('table')).toContainText('摩根士丹利');
    await expect(view.locator('table')).toContainText('2025年2月10日');
    await page.screenshot({ path: shot(info, 'series-target-desktop-hans') });
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    await desk.toggleScript();

    // Correcting the third page's date moves its 昨日 close.
    await page.goto(`/#/${p3}`);
    await desk.annotated();
    await page.getByTestId('page-date').fill('2025-02-18');
    // This time from the charts pane: 恒指's key figure or chart.
    await page.screenshot({ path: shot(info, 'series-charts-pane-desktop-hant') });
    const fromCharts = desk.charts.locator('[data-testid="open-series"][data-figure-subject="index:HSI"][data-figure-measure="level"]').first();
    // The same button as a stock's figures: named by what it opens, not by its short words.
    await expect(fromCharts).toHaveAccessibleName('此數字在文庫中的走勢');
    await fromCharts.click();
    await expect.poll(() => attrs(points('close', ids), 'data-figure-date')).toEqual(['2025-01-27', '2025-02-03', '2025-02-17']);
  });

  test('reads back its index after a reload, and the watchlist sorts by the latest cited move', async ({ page, desk }) => {
    await seedLibrary(page, ...TEXTS.map((source, i) => ({ id: `s${i + 1}`, title: HEADLINES[i]!, source })));
    // Watched in this order: 美團 (cited +1.8% on 28 January), then 騰訊 (+5.2% on 11 February).
    for (const [hash, code] of [['#/s1', '03690'], ['#/s3', '00700']] as const) {
      await openApp(page, hash);
      await desk.stock(code).first().click();
      await page.getByTestId('watch-toggle').click();
      await page.keyboard.press('Escape');
    }
    const watchlist = page.getByTestId('watchlist');
    const codes = () => watchlist.getByTestId('watchlist-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-stock-code')));
    await expect.poll(codes).toEqual(['03690', '00700']);
    await expect(watchlist.getByTestId('watchlist-item').first().getByTestId('stock-figure').first()).toBeVisible();
    await page.getByTestId('watchlist-sort').selectOption('move');
    await expect.poll(codes).toEqual(['00700', '03690']);
    const built = () => page.evaluate(() => performance.getEntriesByName('broadsheet:figures').reduce((n, e) => n + ((e as PerformanceMeasure).detail as { built: number }).built, 0));
    expect(await built()).toBeGreaterThan(0);
    await desk.reload();
    await expect(watchlist.getByTestId('stock-figure').first()).toBeVisible();
    expect(await built()).toBe(0);
  });

  for (const script of ['hant', 'hans'] as const) {
    test(`on a phone, the series of 恒指 fits the screen (${script}) @phone`, async ({ page, desk }, info) => {
      await seedLibrary(page, ...TEXTS.map((source, i) => ({ id: `s${i + 1}`, title: HEADLINES[i]!, source })));
      await desk.open('#/s3');
      await desk.tab(/閱讀|阅读/).click().catch(() => undefined);
      if (script === 'hans') await desk.toSimplified();
      await desk.annotated();
      const mark = desk.figure('20530');
      await expect(mark).toHaveAttribute('data-figure-subject', 'index:HSI');
      // Focus from the keyboard opens the tip (a tap would also bring the charts pane forward).
      await page.keyboard.press('Shift');
      await mark.focus();
      await desk.reader.locator('.figure-tip').getByTestId('open-series').click();
      const view = page.getByTestId('figure-series');
      await expect(view.locator('[data-testid="series-point"][data-figure-kind="close"]')).toHaveCount(4);
      await expect(view.getByTestId('series-title')).toHaveText(script === 'hant' ? '恒生指數水平' : '恒生指数水平');
      expect(await desk.scrollsSideways()).toBe(false);
      await page.screenshot({ path: shot(info, `series-hsi-phone-${script}`) });
    });
  }
});
