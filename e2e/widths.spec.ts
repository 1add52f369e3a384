import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/**
 * Every screen of the app at every width from a 320 px phone to a 4K desktop: nothing scrolls
 * sideways (the page, or any pane, list or dialog inside it), and no control is cut off by the
 * window's edge. Phones, a tablet and desktops, both scripts.
 */
const WIDTHS = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 3840, height: 2160 },
] as const;

/** What does not fit: the page or a box inside it scrolling sideways, or a control past an edge. */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${root.scrollWidth} > ${innerWidth})`);
    if (root.scrollHeight > innerHeight) out.push(`the page is taller than the window (${root.scrollHeight} > ${innerHeight})`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of document.querySelectorAll('*')) {
      if (!shown(el)) continue;
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, [role="tab"], h1, h2')) {
      if (!shown(el) || el.closest('.skip-link')) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > innerWidth + 0.5) out.push(`${name(el)} «${(el.textContent ?? '').trim().slice(0, 12)}» is cut at the edge (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    return out;
  });
}

/**
 * Whether the search box's placeholder is wider than the room the box gives its text (beside the
 * clear button a search field keeps room for): its words put in as the value scroll the field.
 */
function placeholderCut(page: Page): Promise<boolean> {
  return page.getByTestId('search').evaluate((input: HTMLInputElement) => {
    input.value = input.placeholder;
    const cut = input.scrollWidth > input.clientWidth;
    input.value = '';
    return cut;
  });
}

async function expectFits(page: Page, screen: string) {
  expect(await misfits(page), `${screen} at ${page.viewportSize()!.width} px`).toEqual([]);
}

for (const script of ['hant', 'hans'] as const) {
  test(`every screen fits every width, from a 320 px phone to a 4K desktop, ${script}`, async ({ page, desk, library }) => {
    test.slow(); // seven widths, six screens each
    // One page, resized from width to width as a window or a turned tablet is: the layout follows
    // the width it has now, not the one it opened at.
    await openApp(page);
    if (script === 'hans') await desk.toSimplified();
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      const phone = size.width <= 760;
      const show = async (tab: RegExp) => {
        if (phone) await desk.tab(tab).click();
      };

      await show(/目錄|目录/);
      await expect(page.getByTestId('contents')).toBeVisible();
      await expectFits(page, 'the contents');
      await show(/閱讀|阅读/);
      await expect(desk.reader).toBeVisible();
      await expectFits(page, 'the reader');

      const stock = desk.reader.locator('[data-stock-code]').first();
      await stock.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectFits(page, 'the stock card');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await show(/圖表|图表/);
      await expect(desk.charts.getByTestId('chart').first()).toBeVisible();
      await expectFits(page, 'the charts');
      await show(/自選股|自选股/);
      await expect(page.getByTestId('watchlist')).toBeVisible();
      await expectFits(page, 'the watchlist');

      await library.open();
      await expectFits(page, 'the library');
      await library.close();

      if (!phone) expect(await placeholderCut(page), `the search's placeholder at ${size.width} px`).toBe(false);
      await library.search.click();
      await library.search.fill(script === 'hans' ? '美国' : '美國');
      await expect(library.results.first()).toBeVisible();
      await expectFits(page, 'the search results');
      await page.keyboard.press('Escape');
      await expect(library.results.first()).toBeHidden();
    }
  });
}
