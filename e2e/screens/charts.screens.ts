import { readFileSync } from 'node:fs';
import { MARKET_REPORT } from '../files/market-report';
import { HEADLINES } from '../pages/desk';
import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

/**
 * The charts pane of every article, on a screen tall enough to hold it whole: the sample's
 * articles, the two shared sample pages (where ../shared is present) and a pasted market report
 * with a dozen stock moves. For an editor's eye: would you publish these charts?
 */
const SHARED = ['aastocks-00215-hant', 'china-eastern-hans'] as const;
const sharedText = (name: string) => {
  try {
    return readFileSync(new URL(`../../../shared/samples/${name}.txt`, import.meta.url), 'utf8').replace(/^# source:[^\n]*\n/, '');
  } catch {
    return undefined;
  }
};

for (const script of SCRIPTS) {
  scene(`every article's charts, ${script}`, async ({ page, desk, onPhone }, info) => {
    await page.setViewportSize({ width: page.viewportSize()!.width, height: 2200 });
    await openIn(desk, script);
    for (let i = 0; i < HEADLINES.length; i++) {
      await desk.openArticle(i);
      if (onPhone) await desk.tab(script === 'hans' ? '图表' : '圖表').click();
      await expect(desk.charts.locator('.charts-loading')).toHaveCount(0);
      await shoot(page, info, `charts-article-${i}-${script}`);
      if (onPhone) await desk.tab(script === 'hans' ? '阅读' : '閱讀').click();
    }
  });

  scene(`pasted pages' charts, ${script}`, async ({ page, desk, library, onPhone }, info) => {
    await page.setViewportSize({ width: page.viewportSize()!.width, height: 2200 });
    await openIn(desk, script);
    const pages = [{ name: 'market-report', text: MARKET_REPORT.text }, ...SHARED.map((name) => ({ name, text: sharedText(name) }))];
    for (const { name, text } of pages) {
      if (text === undefined) continue;
      await library.paste(text);
      await expect(library.dialog).toBeHidden();
      if (onPhone) await desk.tab(script === 'hans' ? '图表' : '圖表').click();
      await expect(desk.charts.locator('.charts-loading')).toHaveCount(0);
      await expect(desk.charts.getByTestId('key-figures').or(desk.charts.getByTestId('chart')).first()).toBeVisible();
      await shoot(page, info, `charts-${name}-${script}`);
    }
  });
}
