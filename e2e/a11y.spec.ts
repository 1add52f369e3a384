import type { Page } from '@playwright/test';
import { axeViolations, expect, openApp, test } from './fixtures';
import type { Desk } from './pages/desk';
import type { Library } from './pages/library';
import { seedRaw, seedStorage, storedAs } from './seed';

/**
 * axe on every screen of the app, at every width, in both scripts and all three themes: one test
 * a project, in one page. The phone widths (320, 390 px) run on the phone project (a touch
 * device, Pixel 7), the tablet and desktop (768, 1400 px) on the desktop project; the page is
 * resized in place and each screen opened in turn, popups included (the stock card, a figure's
 * tip, the settings, the shortcuts, the library, search results); on each, the script is switched
 * in place with Alt+S (which leaves a popup open) and the theme as below.
 *
 * Every width × script × theme is checked, on every screen, cheaply: at each width one theme (the
 * width's `full`, chosen in the reading settings; each theme is one width's) runs every rule axe
 * has in one script, each popup checked in the page's context (the whole document, the popup
 * open over it), and in the other script the rules whose answer the words can change
 * (SCRIPT_RULES); the two other themes run the rules a colour can change (THEME_RULES: a theme
 * changes colours only), shown in place by the attribute the settings set. Those variants look at
 * a popup alone: the page under it has had them on its own screen. The phone runs in a dark-mode
 * system, so its light and sepia themes are checked as chosen over the system's dark.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block'] as const;
const SCRIPT_RULES = [
  ...THEME_RULES,
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
  'empty-heading',
] as const;

type Theme = 'light' | 'dark' | 'sepia';
const THEMES: readonly Theme[] = ['light', 'sepia', 'dark'];

/** Each project's widths, and the theme that runs every rule at each. */
const WIDTHS = {
  desktop: [
    { width: 1400, height: 900, full: 'light' },
    { width: 768, height: 1024, full: 'dark' },
  ],
  phone: [
    { width: 390, height: 844, full: 'sepia' },
    { width: 320, height: 640, full: 'dark' },
  ],
} as const satisfies Record<string, ReadonlyArray<{ width: number; height: number; full: Theme }>>;

/** A name in either script: the screens are found by their words, whichever is shown. */
const either = (hant: string, hans: string) => new RegExp(`^(${hant}|${hans})$`);

interface Screen {
  name: string;
  /** A popup's own element (the page under it is a screen of its own). */
  within?: string;
  /** Shows the screen; returns how to leave it, if it is one to leave. */
  open(page: Page, desk: Desk, library: Library): Promise<(() => Promise<void>) | void>;
}

/** On a phone, a pane is a tab of its own (the reader's first: its toolbar has the settings); on a desktop every pane is on the desk. */
const tab = (name: string, hant: string, hans: string, shows: (page: Page) => ReturnType<Page['getByTestId']>): Screen => ({
  name,
  open: async (page, desk) => {
    await desk.tab(either(hant, hans)).click();
    await expect(shows(page)).toBeVisible();
  },
});

const PHONE_PANES: Screen[] = [
  tab('the reader', '閱讀', '阅读', (page) => page.getByTestId('reader')),
  tab('the contents', '目錄', '目录', (page) => page.getByTestId('contents')),
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

const SETTINGS: Screen = { name: 'the reading settings', within: '[role="dialog"]', open: async () => {} };

/**
 * Chooses the theme in the reading settings (in the reader's toolbar: the phone's reader tab
 * shown first) and, while they are open, checks them.
 */
async function chooseTheme(page: Page, theme: Theme, check: (screen: Screen) => Promise<void>) {
  const button = page.getByTestId('reading-settings');
  await button.click();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await panel.locator(`input[name="theme"][value="${theme}"]`).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await check(SETTINGS);
  await button.click();
  await expect(panel).toBeHidden();
}

/**
 * The colour rules' violations in other themes, the page shown in each where it stands, a popup
 * open: by `data-theme` on <html>, the one thing the reading settings set for a theme
 * (useReadingLook; the stylesheet does the rest), then back. One call: axe is in the page already.
 * Without axe's preload of the style sheets' rules and media: only css-orientation-lock and the
 * media rules use them, and the full theme's run has them.
 */
function inOtherThemes(page: Page, themes: readonly Theme[], back: Theme, within?: string): Promise<string[][]> {
  return page.evaluate(
    async ([themes, back, rules, selector]) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const found: string[][] = [];
      for (const theme of themes) {
        document.documentElement.dataset.theme = theme;
        const r = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'], runOnly: { type: 'rule', values: [...rules] }, preload: false });
        found.push(r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
      }
      document.documentElement.dataset.theme = back;
      return found;
    },
    [themes, back, [...THEME_RULES], within] as const,
  );
}

/**
 * The axe runs a screen gets in the width's full theme, as (rules, part of the page). In the first
 * script every rule: over the whole document, a popup open in it, every rule but the colour rules
 * (the page under the popup has had those on its own screen; colour contrast is most of an axe
 * run's time), and the colour rules over the popup. In the second script the rules the words can
 * change, over the screen or the popup alone.
 */
function runsOf(screen: Screen, firstScript: boolean): Array<{ rules?: readonly string[] | { except: readonly string[] }; within?: string }> {
  if (!firstScript) return [{ rules: SCRIPT_RULES, within: screen.within }];
  return screen.within ? [{ rules: { except: THEME_RULES } }, { rules: THEME_RULES, within: screen.within }] : [{}];
}

for (const layout of ['desktop', 'phone'] as const) {
  const widths = WIDTHS[layout];
  test(`axe finds nothing on any screen at ${widths.map((w) => w.width).join(' and ')} px, in both scripts and every theme${layout === 'phone' ? ' @phone' : ''}`, async ({ page, desk, library }) => {
    test.slow(); // two widths, two scripts, three themes: 12 combinations of 7 or 11 screens
    await seedRaw(page, 'prefs', storedAs('prefs', { script: 'hant', fontSize: 18, theme: widths[0].full, lineHeight: 1.85, measure: 36, typeface: 'serif', focus: false, updatedAt: 0 }, 3));
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
    // The phone in a dark-mode system: its light and sepia are the reader's choice over the system's.
    if (layout === 'phone') await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    const [readerTab, ...otherPanes] = PHONE_PANES;
    const first = layout === 'phone' ? readerTab! : DESK;
    for (const { width, height, full } of widths) {
      await page.setViewportSize({ width, height });
      const others = THEMES.filter((t) => t !== full);
      /**
       * A screen as it stands, in both scripts (Alt+S switches it in place, a popup open) and
       * every theme: the full theme's runs, then the colour rules in the others.
       */
      const check = async (screen: Screen) => {
        for (const firstScript of [true, false]) {
          if (!firstScript) {
            const to = (await desk.script()) === 'hant' ? 'hans' : 'hant';
            await page.keyboard.press('Alt+S');
            await desk.expectScript(to);
          }
          const at = `${width} px, ${await desk.script()}`;
          // Soft: one run lists every screen's violations, not only the first's.
          for (const { rules, within } of runsOf(screen, firstScript)) {
            const what = rules === SCRIPT_RULES ? 'script rules' : rules === THEME_RULES ? 'colour rules' : 'every rule';
            expect.soft(await axeViolations(page, rules, within), `${screen.name}${within ? ' alone' : ''}, ${at}, ${full}: ${what}`).toEqual([]);
          }
          const found = await inOtherThemes(page, others, full, screen.within);
          others.forEach((theme, i) => expect.soft(found[i], `${screen.name}${screen.within ? ' alone' : ''}, ${at}, ${theme}: colour rules`).toEqual([]));
        }
      };
      // The reader (its toolbar has the settings), the popups over it, then the other panes.
      await first.open(page, desk, library);
      await chooseTheme(page, full, check);
      await check(first);
      for (const screen of OVERLAYS) {
        const close = await screen.open(page, desk, library);
        await check(screen);
        if (close) await close();
      }
      if (layout === 'phone') {
        for (const screen of otherPanes) {
          await screen.open(page, desk, library);
          await check(screen);
        }
      }
    }
  });
}
