import { readFileSync } from 'node:fs';
import { seedLibrary } from '../seed';
import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

/** The three dated pages e2e/series.spec.ts imports: 恒指's closes and thresholds, 騰訊's target prices by two brokers. */
const TEXTS = ['2025-01-28', '2025-02-04', '2025-02-11'].map((d) => readFileSync(new URL(`../pages/series-${d}.txt`, import.meta.url), 'utf8'));

for (const script of SCRIPTS) {
  scene(`a subject's figures across the library: 恒指's levels, 騰訊's target prices by broker, ${script}`, async ({ page, desk, onPhone }, info) => {
    await seedLibrary(page, ...TEXTS.map((source, i) => ({ id: `s${i + 1}`, title: source.split('\n')[0]!, source })));
    await openIn(desk, script, '#/s3');
    if (onPhone) await desk.tab(script === 'hans' ? '阅读' : '閱讀').click();
    const view = page.getByTestId('figure-series');
    // From the 恒指 close's tip (focus from the keyboard opens it, on a phone too).
    await page.keyboard.press('Shift');
    await desk.figure('20530').focus();
    await desk.reader.locator('.figure-tip').getByTestId('open-series').click();
    await expect(view.locator('[data-testid="series-point"][data-figure-kind="close"]')).toHaveCount(4);
    await expect(view.locator('table')).toBeVisible();
    await shoot(page, info, `series-hsi-${script}`);
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    // From 騰訊's card: its target prices, a line per broker.
    await desk.stock('00700').first().click();
    await page.getByTestId('stock-figures').locator('[data-testid="stock-figure"][data-figure-measure="target-price"]').first().getByTestId('open-series').click();
    await expect(view.getByTestId('series-point')).toHaveCount(3);
    await expect(view.locator('table')).toBeVisible();
    await shoot(page, info, `series-target-${script}`);
  });
}
