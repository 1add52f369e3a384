import { test } from '@playwright/test';
import { seedLibrary } from '../e2e/seed';

const source = `央行減息 港股急挫
本報訊
人行昨日下調一年期LPR 10個基點至3.1%，並下調存款準備金率0.5個百分點。美聯儲將利率上調0.25%。
恒指全日跌逾18%，收報19500點；國企指數跌約3%。大行將騰訊控股（700）目標價上調至520元。
匯豐控股（5）股價升2.5%，恒生銀行(11)跌1.2%。`;

for (const [name, viewport] of [
  ['desktop', { width: 1400, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`tour ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await seedLibrary(page, { id: 'ptour', title: '央行減息', source });
    await page.goto('/#/ptour');
    await page.locator('.app[data-annotated="true"]').waitFor();
    await page.waitForTimeout(1200);
    if (name === 'phone') await page.getByRole('tab', { name: /圖表/ }).click().catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/tour/${name}-hant.png`, fullPage: false });
    await page.locator('[data-testid="script-toggle"]').click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/tour/${name}-hans.png`, fullPage: false });
    const rows = await page.locator('[data-testid="chart"]').allInnerTexts();
    console.log(name, JSON.stringify(rows).slice(0, 1500));
  });
}
