import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { Desk, HEADLINES } from './pages/desk';
import { Library } from './pages/library';
import { Watchlist } from './pages/watchlist';

interface Fixtures {
  /** Requests that left the app's origin: any fails the test (the app makes none of its own). */
  foreignRequests: string[];
  desk: Desk;
  library: Library;
  watchlist: Watchlist;
}

/**
 * Every test runs with a guard that fails it on any request leaving the app's own origin, and
 * gets the page objects of the desk, the library and the watchlist on its page.
 */
export const test = base.extend<Fixtures>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      // On the context, so a second tab a test opens is guarded too.
      context.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests that left the app’s origin').toEqual([]);
    },
    { auto: true },
  ],
  desk: async ({ page }, provide) => provide(new Desk(page)),
  library: async ({ page }, provide) => provide(new Library(page)),
  watchlist: async ({ page }, provide) => provide(new Watchlist(page)),
});

export { expect, HEADLINES };

/** Opens the app and waits until the page is read and its figures and stocks are marked. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  const desk = new Desk(page);
  await desk.open(hash);
  await desk.annotated();
}

/**
 * Runs axe-core over the page as it is and fails on any violation. Only violations are reported
 * in full (`resultTypes`): axe then stops collecting every passing node, a good part of its time.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The rules that read what axe preloads (the style sheets' rules, the media's state): a run of
 * other rules only skips the preload, a good part of a short run's time.
 */
const PRELOADED = ['css-orientation-lock', 'video-caption', 'audio-caption', 'no-autoplay-audio'];

/**
 * What axe-core finds wrong on the page as it is (or in the part `within` selects), by every rule
 * it runs by default, by `rules` only, or by every rule but `rules.except`. axe is put into the
 * page once (again after a navigation) and run there: the @axe-core/playwright builder put it in
 * anew for each check and finished each in a second page, 3–5 s a check on a busy machine.
 */
export async function axeViolations(page: Page, rules?: readonly string[] | { except: readonly string[] }, within?: string): Promise<string[]> {
  const only = Array.isArray(rules) ? [...rules] : undefined;
  const except = rules && !Array.isArray(rules) ? [...(rules as { except: readonly string[] }).except] : undefined;
  const run = () =>
    page.evaluate(
      ([only, except, selector, preloaded]) =>
        'axe' in window
          ? (window as unknown as { axe: typeof axe }).axe
              .run(selector ? { include: [[selector]] } : document, {
                resultTypes: ['violations'],
                ...(only ? { runOnly: { type: 'rule' as const, values: only }, preload: only.some((id) => preloaded.includes(id)) } : {}),
                ...(except ? { rules: Object.fromEntries(except.map((id) => [id, { enabled: false }])) } : {}),
              })
              .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`))
          : null,
      [only, except, within, PRELOADED] as const,
    );
  const found = await run();
  if (found) return found;
  await page.evaluate(axe.source);
  return (await run())!;
}

/** The reading pane's article headings, in order. */
export function readerHeadlines(page: Page) {
  return new Desk(page).headlines;
}
