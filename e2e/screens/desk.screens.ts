import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

for (const script of SCRIPTS) {
  scene(`the reading desk, ${script}`, async ({ page, desk, onPhone }, info) => {
    await openIn(desk, script);
    if (onPhone) {
      await shoot(page, info, `contents-${script}`);
      await desk.entry(0).getByRole('link').click();
      await expect(desk.articles).toHaveCount(1);
      await shoot(page, info, `reader-${script}`);
      await desk.tab(script === 'hans' ? '图表' : '圖表').click();
    }
    await expect(desk.charts.getByTestId('chart').first().locator('svg')).toBeVisible();
    await shoot(page, info, onPhone ? `charts-${script}` : `desk-${script}`);
  });

  scene(`charts with a table, dark, ${script}`, async ({ page, desk, onPhone }, info) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openIn(desk, script);
    await desk.openArticle(3);
    if (onPhone) await desk.tab(script === 'hans' ? '图表' : '圖表').click();
    const chart = desk.charts.locator('[data-testid="chart"][data-chart-kind="series"]');
    await chart.getByRole('button', { name: /表格/ }).click();
    await chart.getByRole('table').scrollIntoViewIfNeeded();
    await shoot(page, info, `charts-table-dark-${script}`);
  });

  scene(`a figure's tip, ${script}`, async ({ page, desk, onPhone }, info) => {
    scene.skip(onPhone, 'a tip opens on hover or focus: the desktop shows it');
    await openIn(desk, script);
    await desk.reader.locator('[data-figure-value="300000000000"]').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await shoot(page, info, `figure-tip-${script}`);
  });
}
