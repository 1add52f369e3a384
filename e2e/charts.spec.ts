import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, HEADLINES, test } from './fixtures';

const pane = (page: Page) => page.getByTestId('charts');
const charts = (page: Page) => pane(page).getByTestId('chart');
const reader = (page: Page) => page.getByTestId('reader');
/** The chart of a kind (data-chart-kind: bars, partOfWhole, timeline) holding a text. */
const chartOf = (page: Page, kind: string, text?: string) =>
  charts(page).and(page.locator(`[data-chart-kind="${kind}"]`)).filter(text ? { hasText: text } : {});
/** A bar drawn for a figure of the text (its mark's data-figure-id). */
const bar = (chart: Locator, figureId: string) => chart.locator(`rect.chart-bar[data-figure-id="${figureId}"]`);
const figureIn = (page: Page, text: string) => reader(page).locator('mark[data-figure-id]', { hasText: text }).first();
const figureId = async (mark: Locator) => (await mark.getAttribute('data-figure-id'))!;

/** Opens a chart's table (if closed) and returns it. */
async function tableOf(chart: Locator): Promise<Locator> {
  const toggle = chart.getByRole('button', { name: /表格/ });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return chart.getByRole('table');
}

const rowsOf = async (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].slice(1).map((c) => c.textContent ?? '')));

test.describe('charts pane', () => {
  test('charts the first article’s valuations on a time axis and its revenue as parts of the total', async ({ page, desk }) => {
    await desk.open();
    const articleId = await reader(page).getByTestId('article').getAttribute('data-article-id');
    await expect(charts(page).first()).toHaveAttribute('data-article-id', articleId!);

    const timeline = chartOf(page, 'timeline');
    await expect(timeline).toHaveCount(1);
    await expect(timeline.locator('svg .chart-tick')).toHaveText(['2024-10', '最新']);
    await expect(timeline.locator('svg .chart-value')).toHaveText(['1,570億美元', '3,000億美元']);
    expect(await rowsOf(await tableOf(timeline))).toEqual([
      ['估值', '2024-10', '1,570億美元', '準確', '1570億美元'],
      ['公司估值', '最新', '3,000億美元', '準確', '3000億美元'],
    ]);

    const whole = chartOf(page, 'partOfWhole');
    await expect(whole.locator('.chart-equation')).toHaveText('1,000億美元 = 500億美元 + 250億美元 + 250億美元');
    await expect(whole.locator('svg .chart-tick')).toHaveText(['收入（總額）', 'ChatGPT收入', 'API銷售', '新產品項目']);
    // The parts are laid end to end and end where the total does.
    const boxes = await whole.locator('rect.chart-bar').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.left, b.right]));
    expect(boxes).toHaveLength(4);
    expect(Math.abs(boxes[3]![1]! - boxes[0]![1]!)).toBeLessThan(1.5);
    expect(Math.abs(boxes[2]![0]! - boxes[1]![1]!)).toBeLessThan(1.5);
  });

  test('charts the GDP figures together in 黃金後市看漲 建議逢低吸納', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle(HEADLINES[3]);
    const gdp = chartOf(page, 'bars', '預期');
    await expect(gdp).toHaveCount(1);
    await expect(gdp.locator('svg .chart-value')).toHaveText(['2.3%', '2.6%', '3.1%']);
    const rows = await rowsOf(await tableOf(gdp));
    expect(rows.map((r) => r[0])).toEqual(['美國實際GDP年化季率初值', '預期', '前值']);
    expect(rows.map((r) => r[3])).toEqual(['2.3%', '2.6%', '3.10%']);
  });

  test('shows no date, code, address or phone number in any chart, and says plainly when there are no figures', async ({ page, desk }) => {
    await desk.open();
    const items = desk.entries;
    const forbidden = /\d+年|\d+月|\d+日|\(\d{5}\)|（\d{5}）|109-115|二五二二/;
    for (let i = 0; i < (await items.count()); i++) {
      const link = items.nth(i).getByRole('link');
      // The article the link opens, from its route (#/sample/a…): the reader's own attribute could
      // still be the previous article's just after the click.
      const id = (await link.getAttribute('href'))!.split('/').pop()!;
      await link.click();
      await expect(reader(page).getByTestId('article')).toHaveAttribute('data-article-id', id);
      await expect(pane(page).locator(`section[data-article-id="${id}"]`)).toBeVisible();
      const list = charts(page);
      if ((await list.count()) === 0) {
        await expect(pane(page)).toContainText('這篇文章沒有引用數字');
        continue;
      }
      for (const chart of await list.all()) {
        await expect(chart).toHaveAttribute('data-article-id', id!);
        await tableOf(chart);
        expect(await chart.textContent()).not.toMatch(forbidden);
      }
    }
  });

  test('shows both articles’ charts when two are open side by side', async ({ page, desk }) => {
    await desk.open();
    await desk.openBeside(3);
    await expect(desk.headlines).toHaveText([HEADLINES[0], HEADLINES[3]]);
    const ids = await reader(page).getByTestId('article').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
    // The second article's charts render after its text: wait for them rather than read once.
    await expect.poll(() => charts(page).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-article-id')))])).toEqual(ids);
  });
});

test.describe('text and chart, linked', () => {
  test('hovering a bar lights up its sentence in the text and outlines the figure', async ({ page, desk }) => {
    await desk.open();
    const mark = figureIn(page, '1570億美元');
    const id = await figureId(mark);
    await bar(chartOf(page, 'timeline'), id).hover();
    await expect(mark).toHaveClass(/is-hot/);
    await expect(reader(page).locator('.sentence-hot')).toHaveText(['OpenAI上一輪融資發生在2024年10月，彼時估值達到', '。']);
    await page.mouse.move(5, 5);
    await expect(reader(page).locator('.sentence-hot')).toHaveCount(0);
  });

  test('hovering a figure in the text outlines its bar; its tip stays inside the article', async ({ page, desk }) => {
    await desk.open();
    const mark = figureIn(page, '500億美元');
    await mark.hover();
    await expect(bar(chartOf(page, 'partOfWhole'), await figureId(mark))).toHaveClass(/is-hot/);
    // The value in words, then what the figure is: part of OpenAI's expected revenue for 2029.
    await expect(page.getByRole('tooltip')).toHaveText(/^US\$500億 ≈ US\$50bn\s*OpenAI · 收入（預期） · 其中ChatGPT · 2029$/);
    const article = (await reader(page).getByTestId('article').boundingBox())!;
    for (const m of await reader(page).locator('mark[data-figure-id]').all()) {
      await m.hover();
      await expect(page.getByTestId('figure-chart-toggle')).toBeVisible();
      const tip = (await page.locator('.figure-tip').boundingBox())!;
      expect(tip.x).toBeGreaterThanOrEqual(article.x);
      expect(tip.x + tip.width).toBeLessThanOrEqual(article.x + article.width + 0.5);
    }
  });

  test('clicking a figure in the text brings its chart into view and marks its bar', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle(HEADLINES[2]);
    const gold = chartOf(page, 'bars', '金價');
    await expect(gold).toHaveCount(1);
    await expect(gold).not.toBeInViewport({ ratio: 0.9 });
    const mark = figureIn(page, '2859美元');
    await mark.click();
    await expect(gold).toBeInViewport({ ratio: 0.9 });
    await expect(bar(gold, await figureId(mark))).toHaveClass(/is-active/);
  });

  test('Enter on a figure does the same, for the keyboard', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle(HEADLINES[2]);
    const mark = figureIn(page, '2859美元');
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(chartOf(page, 'bars', '金價')).toBeInViewport({ ratio: 0.9 });
  });
});

test.describe('choosing what is charted', () => {
  test('excluding a figure in the table removes it from its chart, and that survives a reload', async ({ page, desk }) => {
    await desk.open();
    const id = await figureId(figureIn(page, '3000億美元'));
    const timeline = chartOf(page, 'timeline');
    await expect(bar(timeline, id)).toHaveCount(1);
    const table = await tableOf(timeline);
    await table.getByRole('checkbox', { name: /公司估值/ }).uncheck();
    await expect(bar(timeline, id)).toHaveCount(0);
    await expect(timeline.locator('svg .chart-value')).toHaveText(['1,570億美元']);

    await page.reload();
    await expect(chartOf(page, 'timeline').locator('svg .chart-value')).toHaveText(['1,570億美元']);
    const again = await tableOf(chartOf(page, 'timeline'));
    await expect(again.getByRole('checkbox', { name: /公司估值/ })).not.toBeChecked();
    await again.getByRole('checkbox', { name: /公司估值/ }).check();
    await expect(bar(chartOf(page, 'timeline'), id)).toHaveCount(1);
  });

  test('the figure’s tooltip takes it off its chart and puts it back', async ({ page, desk }) => {
    await desk.open();
    const mark = figureIn(page, '500億美元');
    const id = await figureId(mark);
    const whole = chartOf(page, 'partOfWhole');
    await mark.hover();
    await page.getByTestId('figure-chart-toggle').filter({ hasText: '從圖表移除' }).click();
    await expect(bar(whole, id)).toHaveCount(0);
    await expect(whole.locator('.chart-equation')).toHaveText('1,000億美元，其中250億美元 + 250億美元');
    await page.mouse.move(5, 5);
    await mark.hover();
    await page.getByTestId('figure-chart-toggle').filter({ hasText: '加入圖表' }).click();
    await expect(bar(whole, id)).toHaveCount(1);
  });

  test('adds a repeated figure the charts leave out', async ({ page, desk }) => {
    await desk.open();
    await expect(charts(page).first()).toBeVisible();
    const repeat = reader(page).locator('mark[data-figure-id]', { hasText: '1000億美元' }).nth(1);
    const id = await figureId(repeat);
    await expect(pane(page).locator(`rect[data-figure-id="${id}"]`)).toHaveCount(0);
    await repeat.hover();
    await page.getByTestId('figure-chart-toggle').filter({ hasText: '加入圖表' }).click();
    await expect(pane(page).locator(`rect[data-figure-id="${id}"]`)).toHaveCount(1);
  });
});

test.describe('table and exports', () => {
  test('every chart has a table of the same data, approximate figures said so', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle(HEADLINES[2]);
    // The index levels; the year's rise (龍年升4478點) is a chart of moves of its own.
    const points = chartOf(page, 'bars', '恒指').filter({ hasNotText: '升跌' });
    const table = await tableOf(points);
    await expect(table.locator('caption')).toHaveText('點（單位：點）');
    await expect(table.locator('thead th')).toHaveText(['顯示', '項目', '數值', '準確度', '原文']);
    const rows = await rowsOf(table);
    expect(rows[0]).toEqual(['恒指', '逾20,000點', '約數（逾）', '兩萬點之上']);
    expect(rows).toContainEqual(['道指', '近45,000點', '約數（近）', '接近45000點']);
    expect(rows).toContainEqual(['恒指', '20,225點', '準確', '20225點']);
    await expect(points.locator('rect.chart-bar.is-approx')).toHaveCount(4);
    await expect(points.locator('.chart-key')).toHaveText('斜紋：約數');
    expect(rows.map((r) => r[3])).not.toContain('4478點');
    const moves = chartOf(page, 'bars', '升跌');
    expect(await rowsOf(await tableOf(moves))).toContainEqual([expect.any(String), '+4,478點', '準確', '4478點']);
  });

  test('exports PNG, SVG and CSV downloads', async ({ page, desk }) => {
    await desk.open();
    const timeline = chartOf(page, 'timeline');
    const take = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), timeline.getByRole('button', { name, exact: true }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!) };
    };
    const png = await take('PNG');
    expect(png.name).toMatch(/^broadsheet-sample-a\d+-1-估值\.png$/);
    expect([...png.text.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const svg = await take('SVG');
    expect(svg.name).toMatch(/-估值\.svg$/);
    expect(svg.text.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.text.toString('utf8')).toContain('2024-10');
    const csv = await take('CSV');
    expect(csv.name).toMatch(/-估值\.csv$/);
    expect(csv.text.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '項目,日期,數值,準確度,原文,數值（原始）,單位',
      '估值,2024-10,"1,570億美元",準確,1570億美元,157000000000,美元',
      '公司估值,最新,"3,000億美元",準確,3000億美元,300000000000,美元',
      '',
    ]);
  });
});

test.describe('scripts and accessibility', () => {
  test('chart titles, labels and values follow the script toggle', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle(HEADLINES[3]);
    const gold = chartOf(page, 'bars', '2,800');
    await expect(gold.locator('.chart-title')).toHaveText('黃金');
    await desk.toggleScript();
    await expect(gold.locator('.chart-title')).toHaveText('黄金');
    await expect(gold.locator('svg .chart-tick').first()).toHaveText('黄金');
    const gdp = chartOf(page, 'bars', '预期');
    const table = await tableOf(gdp);
    await expect(table.locator('thead th')).toHaveText(['显示', '项目', '数值', '准确度', '原文']);
    await desk.openArticle('DeepSeek牵动AI产业价值重估');
    const parts = chartOf(page, 'partOfWhole');
    await expect(parts.locator('.chart-equation')).toHaveText('1,000亿美元 = 500亿美元 + 250亿美元 + 250亿美元');
    // Inside the plot: the bars' value labels and the value axis's ticks.
    await expect(parts.locator('svg .chart-value').first()).toHaveText('1,000亿美元');
    await expect(parts.locator('svg .recharts-cartesian-axis-tick-value').last()).toHaveText(/^[\d,.]+亿$/);
    await desk.toggleScript();
    await expect(parts.locator('.chart-equation')).toHaveText('1,000億美元 = 500億美元 + 250億美元 + 250億美元');
    await expect(parts.locator('svg .chart-value').first()).toHaveText('1,000億美元');
    await expect(parts.locator('svg .recharts-cartesian-axis-tick-value').last()).toHaveText(/^[\d,.]+億$/);
  });

  test('has no accessibility violations with charts, a table and a tooltip shown', async ({ page, desk }) => {
    await desk.open();
    await tableOf(chartOf(page, 'timeline'));
    await figureIn(page, '3000億美元').hover();
    await expect(page.getByTestId('figure-chart-toggle')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('phone @phone', () => {
  for (const script of ['hant', 'hans'] as const) {
    test(`shows the article’s charts in the charts tab, ${script} @phone`, async ({ page, desk }) => {
      await desk.open();
      if (script === 'hans') await desk.toggleScript();
      await desk.entry(0).getByRole('link').click();
      await expect(desk.articles).toHaveCount(1);
      await desk.tab(script === 'hans' ? '图表' : '圖表').click();
      await expect(chartOf(page, 'timeline')).toBeVisible();
      await expect(chartOf(page, 'partOfWhole')).toBeVisible();
      expect(await desk.scrollsSideways()).toBe(false);
      const table = await tableOf(chartOf(page, 'timeline'));
      await expectNoAxeViolations(page);
      await table.getByRole('checkbox').first().uncheck();
      await expect(chartOf(page, 'timeline').locator('rect.chart-bar')).toHaveCount(1);
    });
  }

  test('tapping a figure in the text opens the charts pane at its chart @phone', async ({ page, desk }) => {
    await desk.open();
    await desk.entry(2).getByRole('link').click();
    await figureIn(page, '2859美元').click();
    await expect(desk.tab('圖表')).toHaveAttribute('aria-selected', 'true');
    await expect(chartOf(page, 'bars', '金價')).toBeInViewport({ ratio: 0.9 });
  });
});
