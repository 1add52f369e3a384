import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { MARKET_REPORT } from './files/market-report';
import { expect, expectNoAxeViolations, HEADLINES, test } from './fixtures';

const pane = (page: Page) => page.getByTestId('charts');
const charts = (page: Page) => pane(page).getByTestId('chart');
const reader = (page: Page) => page.getByTestId('reader');
/** The chart of a kind (data-chart-kind: series, compare, parts), optionally of a measure. */
const chartOf = (page: Page, kind: string, measure?: string) =>
  charts(page).and(page.locator(`[data-chart-kind="${kind}"]${measure ? `[data-chart-measure="${measure}"]` : ''}`));
/** A bar or point drawn for a figure of the text (its mark's data-figure-id). */
const bar = (chart: Locator, figureId: string) => chart.locator(`svg .chart-bar[data-figure-id="${figureId}"]`);
const keyFigures = (page: Page) => pane(page).getByTestId('key-figure');
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

/** What the contract says of each chart in the pane: kind, measure, subjects, points. */
const contractOf = (page: Page) =>
  charts(page).evaluateAll((els) =>
    els.map((e) => ({
      kind: e.getAttribute('data-chart-kind'),
      measure: e.getAttribute('data-chart-measure'),
      subjects: (e.getAttribute('data-chart-subjects') ?? '').split(' '),
      points: Number(e.getAttribute('data-chart-points')),
      drawn: e.querySelectorAll('svg .chart-bar').length,
      title: e.querySelector('.chart-title')?.textContent ?? '',
    })),
  );

test.describe('charts drawn from facts', () => {
  test('the sample, article by article: what each chart shows, and what is a key figure instead', async ({ page, desk }) => {
    await desk.open();
    await test.step('draws OpenAI’s valuation as a series and its 2029 revenue as the parts of the whole', async () => {
      const articleId = await reader(page).getByTestId('article').getAttribute('data-article-id');
      await expect(charts(page).first()).toHaveAttribute('data-article-id', articleId!);

      const series = chartOf(page, 'series', 'valuation');
      await expect(series).toHaveAttribute('data-chart-subjects', 'openai');
      await expect(series).toHaveAttribute('data-chart-points', '2');
      await expect(series.locator('.chart-title')).toHaveText('OpenAI估值');
      await expect(series.locator('svg .chart-tick')).toHaveText(['2024年10月', '2025年1月31日（預期）']);
      await expect(series.locator('svg .chart-value')).toHaveText(['1,570億美元', '3,000億美元']);

      const whole = chartOf(page, 'parts', 'revenue');
      await expect(whole.locator('.chart-title')).toHaveText('OpenAI 2029年預測收入');
      await expect(whole.locator('.chart-equation')).toHaveText('1,000億美元 = 500億美元 + 250億美元 + 250億美元');
      await expect(whole.locator('svg .chart-tick')).toHaveText(['收入（總額）', 'ChatGPT', 'API銷售', '新產品項目']);
      // The parts are laid end to end and end where the total does.
      const boxes = await whole.locator('rect.chart-bar').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.left, b.right]));
      expect(boxes).toHaveLength(4);
      expect(Math.abs(boxes[3]![1]! - boxes[0]![1]!)).toBeLessThan(1.5);
      expect(Math.abs(boxes[2]![0]! - boxes[1]![1]!)).toBeLessThan(1.5);
    });
    await test.step('美股高處不勝寒 puts no two indices on one axis: their levels are key figures', async () => {
      await desk.openArticle(HEADLINES[2]);
      const section = pane(page).locator('section.charts-article');
      await expect(section.getByTestId('key-figures')).toBeVisible();
      await expect(section.getByTestId('chart')).toHaveCount(0);
      const subjects = await keyFigures(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-subject')));
      expect(subjects).toEqual(['index:HSI', 'index:SSEC', 'index:SSEC', 'index:DJI', 'index:IXIC', 'index:DXY', 'gold']);
      const hsi = keyFigures(page).first();
      await expect(hsi).toHaveAttribute('data-figure-measure', 'level');
      await expect(hsi).toHaveAttribute('data-figure-date', '2025-01-28');
      await expect(hsi.locator('.key-figure-name')).toHaveText('恒指收市');
      await expect(hsi.locator('.key-figure-value')).toHaveText('20,225點');
      await expect(hsi.locator('.key-figure-move')).toHaveText(['+4,478點', '+28%']);
    });
    await test.step('compares GDP growth with what was expected and the quarter before', async () => {
      await desk.openArticle(HEADLINES[3]);
      const gdp = chartOf(page, 'compare', 'change-percent');
      await expect(gdp).toHaveAttribute('data-chart-subjects', 'us-gdp');
      await expect(gdp.locator('.chart-title')).toHaveText('美國第四季GDP增長：實際與預期');
      await expect(gdp.locator('svg .chart-tick')).toHaveText(['實際', '預期', '前值']);
      await expect(gdp.locator('svg .chart-value')).toHaveText(['2.3%', '2.6%', '3.1%']);
      const gold = chartOf(page, 'series', 'price');
      await expect(gold.locator('.chart-title')).toHaveText('黃金價格');
      await expect(gold.locator('svg .chart-value')).toHaveText(['近2,730美元', '2,800美元']);
    });
    await test.step('in every article, every chart has two points or more, names each subject once and is titled by what it shows', async () => {
      const items = desk.entries;
      for (let i = 0; i < (await items.count()); i++) {
        const link = items.nth(i).getByRole('link');
        const id = (await link.getAttribute('href'))!.split('/').pop()!;
        await link.click();
        await expect(reader(page).getByTestId('article')).toHaveAttribute('data-article-id', id);
        const section = pane(page).locator(`section[data-article-id="${id}"]`);
        await expect(section).toBeVisible();
        await expect(section.locator('.charts-loading')).toHaveCount(0);
        if ((await section.getByTestId('chart').count()) + (await section.getByTestId('key-figure').count()) === 0) {
          await expect(section).toContainText('這篇文章沒有引用數字');
          continue;
        }
        for (const c of await contractOf(page)) {
          expect(c.points, c.title).toBeGreaterThanOrEqual(2);
          expect(c.drawn, c.title).toBe(c.points);
          expect(new Set(c.subjects).size, c.title).toBe(c.subjects.length);
          if (c.kind === 'series') expect(c.subjects, c.title).toHaveLength(1);
          expect(c.title).not.toMatch(/^(點|百分比|港元|美元|數量)$/);
        }
      }
    });
  });

  test('shows both articles’ charts when two are open side by side', async ({ page, desk }) => {
    await desk.open();
    await desk.openBeside(3);
    await expect(desk.headlines).toHaveText([HEADLINES[0], HEADLINES[3]]);
    const ids = await reader(page).getByTestId('article').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
    await expect.poll(() => charts(page).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-article-id')))])).toEqual(ids);
  });

  test('a pasted market report: the stocks’ moves compared, sorted and diverging; their prices key figures', async ({ page, desk, library }) => {
    await desk.open();
    await library.paste(MARKET_REPORT.text);
    await expect(desk.headlines).toHaveText([MARKET_REPORT.headline]);
    const stocks = charts(page).filter({ has: page.locator('.chart-title', { hasText: /^港股個股升跌幅$/ }) });
    await expect(stocks).toHaveAttribute('data-chart-kind', 'compare');
    await expect(stocks).toHaveAttribute('data-chart-measure', 'change-percent');
    await expect(stocks).toHaveAttribute('data-chart-points', '12');
    expect((await stocks.getAttribute('data-chart-subjects'))!.split(' ')).toHaveLength(12);
    const ticks = await stocks.locator('svg .chart-tick').allTextContents();
    expect(ticks[0]).toBe('聯想集團');
    expect(ticks).toContain('小米集團-W');
    const values = (await stocks.locator('svg .chart-value').allTextContents()).map((v) => Number.parseFloat(v));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expect(stocks.locator('rect.chart-bar.is-up')).toHaveCount(8);
    await expect(stocks.locator('rect.chart-bar.is-down')).toHaveCount(4);
    // Falls are drawn left of the rises' zero line.
    const rise = (await stocks.locator('rect.chart-bar.is-up').first().boundingBox())!;
    const fall = (await stocks.locator('rect.chart-bar.is-down').first().boundingBox())!;
    expect(fall.x + fall.width).toBeLessThanOrEqual(rise.x + 1);
    // No chart of prices or levels; each price is a key figure with its move.
    for (const c of await contractOf(page)) expect(['price', 'level']).not.toContain(c.measure);
    const tencent = keyFigures(page).and(page.locator('[data-figure-subject="HK:00700"][data-figure-measure="price"]'));
    await expect(tencent.locator('.key-figure-value')).toHaveText('512港元');
    await expect(tencent.locator('.key-figure-move')).toHaveText('+3.2%');
  });
});

test.describe('text and chart, linked', () => {
  test('points, key figures and the figures in the text light each other up, by pointer and by keyboard', async ({ page, desk }) => {
    await desk.open();
    await test.step('hovering a point lights up its sentence in the text and outlines the figure', async () => {
      const mark = figureIn(page, '1570億美元');
      const id = await figureId(mark);
      await bar(chartOf(page, 'series'), id).hover();
      await expect(mark).toHaveClass(/is-hot/);
      // The lit sentence is in pieces where the text is: around the figure, and inside OpenAI (where a line may break).
      await expect.poll(async () => (await reader(page).locator('.sentence-hot').allTextContents()).join('')).toBe('OpenAI上一輪融資發生在2024年10月，彼時估值達到。');
      await page.mouse.move(5, 5);
      await expect(reader(page).locator('.sentence-hot')).toHaveCount(0);
    });
    await page.mouse.move(5, 5);
    await test.step('a fact cited twice is one point, linked to both figures', async () => {
      const marks = reader(page).locator('mark[data-figure-id]', { hasText: '1000億美元' });
      await expect(marks).toHaveCount(2);
      const [first, repeat] = await marks.all();
      const whole = chartOf(page, 'parts');
      await expect(whole.locator('svg .chart-bar')).toHaveCount(4);
      await bar(whole, await figureId(first!)).hover();
      await expect(first!).toHaveClass(/is-hot/);
      await expect(repeat!).toHaveClass(/is-hot/);
      await page.mouse.move(5, 5);
      await repeat!.hover();
      await expect(bar(whole, await figureId(first!))).toHaveClass(/is-hot/);
    });
    await page.mouse.move(5, 5);
    await test.step('hovering a figure in the text outlines its bar; its tip stays inside the article', async () => {
      const mark = figureIn(page, '500億美元');
      await mark.hover();
      await expect(bar(chartOf(page, 'parts'), await figureId(mark))).toHaveClass(/is-hot/);
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
    await page.mouse.move(5, 5);
    await test.step('clicking a figure in the text brings its chart into view and marks its point', async () => {
      await desk.openArticle(HEADLINES[3]);
      const gdp = chartOf(page, 'compare');
      await expect(gdp).toHaveCount(1);
      const mark = figureIn(page, '3.10%');
      await mark.click();
      await expect(gdp).toBeInViewport({ ratio: 0.9 });
      await expect(bar(gdp, await figureId(mark))).toHaveClass(/is-active/);
    });
    await page.mouse.move(5, 5);
    await test.step('a key figure is linked like a chart point: hovering it lights its sentence, clicking its figure marks it', async () => {
      await desk.openArticle(HEADLINES[2]);
      const gold = keyFigures(page).and(page.locator('[data-figure-subject="gold"]'));
      await expect(gold.locator('.key-figure-value')).toHaveText('2,859美元');
      await gold.hover();
      await expect(figureIn(page, '2859美元')).toHaveClass(/is-hot/);
      await expect(figureIn(page, '2800美元')).toHaveClass(/is-hot/);
      await page.mouse.move(5, 5);
      await figureIn(page, '2859美元').click();
      await expect(gold).toHaveClass(/is-active/);
      await expect(gold).toBeInViewport();
    });
    await page.mouse.move(5, 5);
    await test.step('Enter on a figure does the same, for the keyboard', async () => {
      await desk.openArticle(HEADLINES[3]);
      const mark = figureIn(page, '3.10%');
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect(chartOf(page, 'compare')).toBeInViewport({ ratio: 0.9 });
    });
  });

});

test.describe('choosing what is charted', () => {
  test('a figure comes off its chart and back, from its tip or its table, and that survives a reload; a key figure’s tip says why it cannot', async ({ page, desk }) => {
    await desk.open();
    await test.step('the figure’s tooltip takes it off its chart and puts it back', async () => {
      const mark = figureIn(page, '500億美元');
      const id = await figureId(mark);
      const whole = chartOf(page, 'parts');
      await mark.hover();
      await page.getByTestId('figure-chart-toggle').filter({ hasText: '從圖表移除' }).click();
      await expect(bar(whole, id)).toHaveCount(0);
      await expect(whole.locator('.chart-equation')).toHaveText('1,000億美元，其中250億美元 + 250億美元');
      await page.mouse.move(5, 5);
      await mark.hover();
      await page.getByTestId('figure-chart-toggle').filter({ hasText: '加入圖表' }).click();
      await expect(bar(whole, id)).toHaveCount(1);
    });
    await page.mouse.move(5, 5);
    await test.step('excluding a figure in the table removes it from its chart, and that survives a reload', async () => {
      const id = await figureId(figureIn(page, '3000億美元'));
      const series = chartOf(page, 'series');
      await expect(bar(series, id)).toHaveCount(1);
      const table = await tableOf(series);
      await table.getByRole('checkbox', { name: /2025年1月31日/ }).uncheck();
      await expect(bar(series, id)).toHaveCount(0);
      await expect(series.locator('svg .chart-value')).toHaveText(['1,570億美元']);

      await page.reload();
      await expect(chartOf(page, 'series').locator('svg .chart-value')).toHaveText(['1,570億美元']);
      const again = await tableOf(chartOf(page, 'series'));
      await expect(again.getByRole('checkbox', { name: /2025年1月31日/ })).not.toBeChecked();
      await again.getByRole('checkbox', { name: /2025年1月31日/ }).check();
      await expect(bar(chartOf(page, 'series'), id)).toHaveCount(1);
    });
    await page.mouse.move(5, 5);
    await test.step('a key figure’s tip says it has nothing comparable to be charted with', async () => {
      await desk.openArticle(HEADLINES[2]);
      await figureIn(page, '20225點').hover();
      await expect(page.getByTestId('figure-chart-toggle')).toHaveText('沒有可比較的數字');
      await expect(page.getByTestId('figure-chart-toggle')).toHaveAttribute('aria-disabled', 'true');
    });
  });

});

test.describe('table and exports', () => {
  test('exports PNG, SVG and CSV, and every chart has a table of the same data', async ({ page, desk }) => {
    await desk.open();
    await test.step('exports PNG, SVG and CSV downloads, the CSV saying what each figure is', async () => {
      const series = chartOf(page, 'series');
      const take = async (name: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), series.getByRole('button', { name, exact: true }).click()]);
        return { name: download.suggestedFilename(), text: readFileSync((await download.path())!) };
      };
      const png = await take('PNG');
      expect(png.name).toMatch(/^broadsheet-sample-a\d+-1-OpenAI估值\.png$/);
      expect([...png.text.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      const svg = await take('SVG');
      expect(svg.name).toMatch(/-OpenAI估值\.svg$/);
      expect(svg.text.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg.text.toString('utf8')).toContain('2024年10月');
      const csv = await take('CSV');
      expect(csv.name).toMatch(/-OpenAI估值\.csv$/);
      expect(csv.text.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')).toEqual([
        '日期,數值,準確度,原文,數值（原始）,單位,主體,量度,日期（ISO）,類別',
        '2024年10月,"1,570億美元",準確,1570億美元,157000000000,美元,openai,valuation,2024-10,actual',
        '2025年1月31日（預期）,"3,000億美元",準確,3000億美元,300000000000,美元,openai,valuation,2025-01-31,expected',
        '',
      ]);
    });
    await test.step('every chart has a table of the same data, approximate figures said so', async () => {
      await desk.openArticle(HEADLINES[3]);
      const gold = chartOf(page, 'series', 'price');
      const table = await tableOf(gold);
      await expect(table.locator('caption')).toHaveText('黃金價格（單位：美元）');
      await expect(table.locator('thead th')).toHaveText(['顯示', '日期', '數值', '準確度', '原文']);
      expect(await rowsOf(table)).toEqual([
        ['1月27日', '近2,730美元', '約數（近）', '逼近2730美元'],
        ['1月27日至2月2日', '2,800美元', '準確', '2800美元'],
      ]);
      await expect(gold.locator('.chart-key')).toHaveText('斜紋：約數');
    });
  });

});

test.describe('scripts and accessibility', () => {
  test('titles, labels, values and key figures follow the script toggle', async ({ page, desk }) => {
    await desk.open();
    await desk.openArticle(HEADLINES[3]);
    const gdp = chartOf(page, 'compare');
    await expect(gdp.locator('.chart-title')).toHaveText('美國第四季GDP增長：實際與預期');
    await desk.toggleScript();
    await expect(gdp.locator('.chart-title')).toHaveText('美国第四季GDP增长：实际与预期');
    await expect(gdp.locator('svg .chart-tick')).toHaveText(['实际', '预期', '前值']);
    const table = await tableOf(gdp);
    await expect(table.locator('thead th')).toHaveText(['显示', '项目', '数值', '准确度', '原文']);
    await expect(chartOf(page, 'series').locator('.chart-title')).toHaveText('黄金价格');
    await expect(keyFigures(page).first().locator('.key-figure-name')).toHaveText('黄金涨跌');
    await desk.openArticle('DeepSeek牵动AI产业价值重估');
    const parts = chartOf(page, 'parts');
    await expect(parts.locator('.chart-title')).toHaveText('OpenAI 2029年预测收入');
    await expect(parts.locator('.chart-equation')).toHaveText('1,000亿美元 = 500亿美元 + 250亿美元 + 250亿美元');
    await expect(parts.locator('svg .chart-value').first()).toHaveText('1,000亿美元');
    await expect(parts.locator('svg .recharts-cartesian-axis-tick-value').last()).toHaveText(/^[\d,.]+亿$/);
    await desk.toggleScript();
    await expect(parts.locator('.chart-equation')).toHaveText('1,000億美元 = 500億美元 + 250億美元 + 250億美元');
    await expect(parts.locator('svg .chart-value').first()).toHaveText('1,000億美元');
    await expect(parts.locator('svg .recharts-cartesian-axis-tick-value').last()).toHaveText(/^[\d,.]+億$/);
  });

  test('has no accessibility violations with charts, key figures, a table and a tooltip shown', async ({ page, desk }) => {
    await desk.open();
    await tableOf(chartOf(page, 'series'));
    await figureIn(page, '3000億美元').hover();
    await expect(page.getByTestId('figure-chart-toggle')).toBeVisible();
    await expectNoAxeViolations(page);
    await desk.openArticle(HEADLINES[2]);
    await expect(keyFigures(page).first()).toBeVisible();
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
      await expect(chartOf(page, 'series')).toBeVisible();
      await expect(chartOf(page, 'parts')).toBeVisible();
      expect(await desk.scrollsSideways()).toBe(false);
      const table = await tableOf(chartOf(page, 'series'));
      await expectNoAxeViolations(page);
      await table.getByRole('checkbox').first().uncheck();
      await expect(chartOf(page, 'series').locator('svg .chart-bar')).toHaveCount(1);
    });
  }

  test('tapping a figure in the text opens the charts pane at its chart @phone', async ({ page, desk }) => {
    await desk.open();
    await desk.entry(3).getByRole('link').click();
    await figureIn(page, '3.10%').click();
    await expect(desk.tab('圖表')).toHaveAttribute('aria-selected', 'true');
    await expect(chartOf(page, 'compare')).toBeInViewport({ ratio: 0.9 });
  });
});
