import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test runs with a guard that fails it on any request leaving the app's own origin:
 * the app makes no network request of its own.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests that left the app’s origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const HEADLINES = [
  'DeepSeek牽動AI產業價值重估',
  '蛇年開市 中國科技股料造好',
  '美股高處不勝寒',
  '黃金後市看漲 建議逢低吸納',
  '歐高收益債邊際價值優於美債',
  '中國AI產業發展進新里程',
] as const;

/** Opens the app and waits until the page is read and its figures and stocks are marked. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('contents-item').first()).toBeVisible();
  await expect(page.locator('.app[data-annotated="true"]')).toBeAttached();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The reading pane's article headings, in order. */
export function readerHeadlines(page: Page) {
  return page.getByTestId('reader').getByTestId('article').locator('h2');
}
