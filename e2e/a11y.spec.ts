import type { Page } from '@playwright/test';
import { axeViolations, expect, openApp, test } from './fixtures';
import type { Desk } from './pages/desk';
import type { Library } from './pages/library';
import { seedRaw, seedStorage, storedAs } from './seed';

/**
 * axe on every screen of the app, at every width (two phones, a tablet, a desktop), in both
 * scripts and every theme, in one page a theme: the page is resized and its script switched in
 * place, and each screen opened in turn. Every rule runs once on each screen of each layout (the
 * phone's and the desktop's are different trees); the other widths and the other script run the
 * rules whose answer a width, a script or a theme can change: colours and their contrast, the size
 * of targets, what scrolls, the names and languages the script writes.
 */
const VARIANT_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'html-lang-valid',
  'valid-lang',
  'document-title',
  'button-name',
  'link-name',
  'label',
  'aria-dialog-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
] as const;

type Script = 'hant' | 'hans';
type Theme = 'light' | 'dark' | 'sepia';

/**
 * Each theme sees every width, each width both scripts across the themes (light and dark share
 * them out; sepia, the light theme's colours on another paper, takes the light theme's).
 */
const PLAN: Record<Theme, ReadonlyArray<{ width: number; height: number; script: Script }>> = {
  light: [
    { width: 1400, height: 900, script: 'hant' },
    { width: 768, height: 1024, script: 'hans' },
    { width: 390, height: 844, script: 'hant' },
    { width: 320, height: 640, script: 'hans' },
  ],
  dark: [
    { width: 1400, height: 900, script: 'hans' },
    { width: 768, height: 1024, script: 'hant' },
    { width: 390, height: 844, script: 'hans' },
    { width: 320, height: 640, script: 'hant' },
  ],
  sepia: [
    { width: 1400, height: 900, script: 'hant' },
    { width: 768, height: 1024, script: 'hans' },
    { width: 390, height: 844, script: 'hant' },
    { width: 320, height: 640, script: 'hans' },
  ],
};

/** A name in either script: the screens are found by their words, whichever is shown. */
const either = (hant: string, hans: string) => new RegExp(`^(${hant}|${hans})$`);

interface Screen {
  name: string;
  /** An overlay's own part: its variants are checked there (the page under it has been, alone). */
  within?: string;
  /** Shows the screen; returns how to leave it, if it is one to leave. */
  open(page: Page, desk: Desk, library: Library): Promise<(() => Promise<void>) | void>;
}

/** On a phone, a pane is a tab of its own; on a desktop every pane is on the desk. */
const tab = (name: string, hant: string, hans: string, shows: (page: Page) => ReturnType<Page['getByTestId']>): Screen => ({
  name,
  open: async (page, desk) => {
    await desk.tab(either(hant, hans)).click();
    await expect(shows(page)).toBeVisible();
  },
});

const PHONE_PANES: Screen[] = [
  tab('the contents', '目錄', '目录', (page) => page.getByTestId('contents')),
  tab('the reader', '閱讀', '阅读', (page) => page.getByTestId('reader')),
  tab('the charts', '圖表', '图表', (page) => page.getByTestId('chart').first()),
  tab('the watchlist', '自選股', '自选股', (page) => page.getByTestId('watchlist-item').first()),
  tab('the notebook', '筆記本', '笔记本', (page) => page.getByRole('tabpanel')),
];

const DESK: Screen = {
  name: 'the desk',
  open: async (page) => {
    await expect(page.getByTestId('chart').first()).toBeVisible();
  },
};

/** The screens over the reader (the phone's reader tab open first): each closes with Escape. */
const OVERLAYS: Screen[] = [
  {
    name: 'a stock card',
    within: '[role="dialog"]',
    open: async (page, desk) => {
      await desk.reader.locator('[data-stock-code]').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      return () => closes(page, page.getByRole('dialog'));
    },
  },
  {
    name: 'a figure’s tip',
    within: '[role="tooltip"]',
    open: async (page, desk) => {
      await desk.reader.locator('[data-figure-value]').first().focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      return () => closes(page, page.getByRole('tooltip'));
    },
  },
  {
    name: 'the reading settings',
    within: '[role="dialog"]',
    open: async (page) => {
      await page.getByTestId('reading-settings').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      // Its button closes it again (Escape does too, from inside it).
      return async () => {
        await page.getByTestId('reading-settings').click();
        await expect(page.getByRole('dialog')).toBeHidden();
      };
    },
  },
  {
    name: 'the shortcuts',
    within: '[data-testid="keyboard-help"]',
    open: async (page) => {
      await page.keyboard.press('?');
      await expect(page.getByTestId('keyboard-help')).toBeVisible();
      return () => closes(page, page.getByTestId('keyboard-help'));
    },
  },
  {
    name: 'the library',
    within: '[data-testid="library-dialog"]',
    open: async (_page, _desk, library) => {
      await library.open();
      return () => library.close();
    },
  },
  {
    name: 'search results',
    within: '[data-testid="search-popover"]',
    open: async (page, _desk, library) => {
      await library.search.click();
      await library.search.fill('美國');
      await expect(library.results.first()).toBeVisible();
      return () => closes(page, library.results.first());
    },
  },
];

async function closes(page: Page, what: ReturnType<Page['locator']>) {
  await page.keyboard.press('Escape');
  await expect(what).toBeHidden();
}

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`axe finds nothing on any screen, at 320, 390, 768 and 1400 px, in both scripts: ${theme}`, async ({ page, desk, library }) => {
    test.slow(); // a page resized four times, eleven screens at each width
    await seedRaw(page, 'prefs', storedAs('prefs', { script: 'hant', fontSize: 18, theme, lineHeight: 1.85, measure: 36, typeface: 'serif', focus: false, updatedAt: 0 }, 3));
    // A watched stock and a highlight: the watchlist and the notebook as a reader has them.
    await seedStorage(page, {
      watchlist: { entries: { 'HK:00700': { code: '00700', market: 'HK', name: '騰訊控股', script: 'hant', note: '', rank: 0, addedAt: 1, updatedAt: 1 } } },
      highlights: {
        highlights: {
          a11y: {
            id: 'a11y',
            pageId: 'sample',
            colour: 'yellow',
            note: '留意估值',
            selector: { start: 2, end: 6, exact: 'Deep', prefix: '\n\n', suffix: 'Seek牽動AI產業價值重估' },
            createdAt: 1,
            editedAt: 1,
          },
        },
      },
    });
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const seen = new Set<string>();
    for (const { width, height, script } of PLAN[theme]) {
      await page.setViewportSize({ width, height });
      if ((await desk.script()) !== script) {
        await page.keyboard.press('Alt+S');
        await desk.expectScript(script);
      }
      const layout = width <= 760 ? 'phone' : 'desktop';
      const check = async ({ name: screen, within }: Screen) => {
        const key = `${layout} ${screen}`;
        // Every rule once a screen and layout, in the light theme; the rest, the variants' rules.
        const full = theme === 'light' && !seen.has(key);
        // Soft: one run lists every screen's violations, not only the first's.
        const found = await axeViolations(page, full ? undefined : VARIANT_RULES, full ? undefined : within);
        expect.soft(found, `${screen}, ${width} px, ${script}, ${theme}`).toEqual([]);
        seen.add(key);
      };
      for (const screen of layout === 'phone' ? PHONE_PANES : [DESK]) {
        await screen.open(page, desk, library);
        await check(screen);
      }
      if (layout === 'phone') await desk.tab(either('閱讀', '阅读')).click();
      for (const screen of OVERLAYS) {
        const close = await screen.open(page, desk, library);
        await check(screen);
        if (close) await close();
      }
    }
  });
}
