import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';

const shot = (info: { project: { outputDir: string } }, name: string) => join(info.project.outputDir, 'screens', `${name}.png`);

/**
 * Screens to look at, desktop and phone, in both scripts: saved under the test output directory
 * (test-results/screens/). Each also checks that the screen has its content.
 */
for (const script of ['hant', 'hans'] as const) {
  test(`desktop reading desk in ${script}`, async ({ page }, info) => {
    await openApp(page);
    if (script === 'hans') await page.getByTestId('script-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', script === 'hans' ? 'zh-Hans' : 'zh-Hant-HK');
    await expect(page.getByTestId('article')).toHaveCount(1);
    // The charts (their own chunk) are on screen and in the same script as the text.
    await expect(page.locator('[data-testid="charts"] svg').first()).toBeVisible();
    await expect(page.getByTestId('charts').getByRole('heading').first()).toHaveText(script === 'hans' ? '图表' : '圖表');
    await page.screenshot({ path: shot(info, `desktop-${script}`) });
  });

  test(`phone reading pane in ${script} @phone`, async ({ page }, info) => {
    await openApp(page);
    if (script === 'hans') await page.getByTestId('script-toggle').click();
    // The first switch loads its tables: wait for it before the picture.
    await expect(page.locator('html')).toHaveAttribute('lang', script === 'hans' ? 'zh-Hans' : 'zh-Hant-HK');
    await expect(page.getByTestId('contents').getByRole('heading').first()).toContainText(script === 'hans' ? '目录' : '目錄');
    await page.screenshot({ path: shot(info, `phone-contents-${script}`) });
    await page.getByTestId('contents-item').first().getByRole('link').click();
    await expect(page.getByTestId('article')).toHaveCount(1);
    await page.screenshot({ path: shot(info, `phone-reader-${script}`) });
  });
}
