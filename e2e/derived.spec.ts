import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedLibrary } from './seed';

/** The sample page's text: figures and stocks on every page imported from it. */
const SAMPLE = readFileSync(new URL('../src/core/sample/sample-page.txt', import.meta.url), 'utf8');
const pageText = (i: number) => SAMPLE.replace('DeepSeek牽動AI產業價值重估', `DeepSeek牽動AI產業價值重估（${i}）`);

/**
 * Installed before the app runs: watches the reader's figure and stock marks and records every
 * time the shown page (`.app[data-page-id]`), once marked, is seen with none. Navigating to
 * another page starts afresh: a new page is unmarked until its marks arrive.
 */
function watchMarks(): void {
  const w = window as unknown as { blinks: string[]; marked: string[] };
  w.blinks = [];
  w.marked = [];
  let shown: string | undefined;
  let seen = false;
  const check = () => {
    const app = document.querySelector('.app');
    const id = app?.getAttribute('data-page-id') ?? undefined;
    if (id !== shown) {
      shown = id;
      seen = false;
    }
    if (!id) return;
    const marks = document.querySelectorAll('[data-testid="reader"] [data-figure-value], [data-testid="reader"] [data-stock-code]').length;
    if (marks > 0) {
      if (!seen) w.marked.push(id);
      seen = true;
    } else if (seen) w.blinks.push(id);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const { blinks, marked } = window as unknown as { blinks: string[]; marked: string[] };
    return { blinks: [...blinks], marked: [...marked] };
  });

test.describe('derived: one cache of analyses', () => {
  test('the open page’s figure and stock marks never blink out while pages are imported into a library of 25', async ({ page, desk, library }) => {
    // A library of 25 pages (the sample and 24 more), more than the cache keeps besides the open
    // page (ANALYSES_KEPT, 24) once two are imported: every library-wide pass goes through more
    // pages than fit, and two imports and three renames each start one.
    await seedLibrary(page, ...Array.from({ length: 24 }, (_, i) => ({ id: `p${i}`, title: `第${i}頁`, source: pageText(i + 100) })));
    await page.addInitScript(watchMarks);
    await desk.open();
    await desk.annotated();
    const ids: string[] = [];
    for (let i = 1; i <= 2; i++) {
      await library.paste(pageText(i));
      await expect(library.dialog).toBeHidden();
      await expect(page.locator('.app')).not.toHaveAttribute('data-page-id', ids.at(-1) ?? 'sample');
      const id = await page.locator('.app').getAttribute('data-page-id');
      ids.push(id!);
      await expect(page.locator(`.app[data-page-id="${id}"][data-annotated="true"]`)).toBeAttached();
      // Once it is marked, the marks stay; the library-wide work of this import goes on meanwhile.
      await expect.poll(async () => (await recorded(page)).marked).toContain(id);
    }
    // Back to the sample: renaming pages changes the library and leaves the sample open; the
    // library-wide work of each change goes through the 26 other pages, and the sample's marks
    // stay throughout.
    await page.evaluate(() => (location.hash = '#/sample'));
    await expect(page.locator('.app[data-page-id="sample"][data-annotated="true"]')).toBeAttached();
    await library.open();
    for (let i = 1; i <= 3; i++) await library.rename(i, `改名${i}`);
    await library.close();
    await expect(page.locator('.app[data-page-id="sample"][data-annotated="true"]')).toBeAttached();
    expect((await recorded(page)).marked).toEqual(expect.arrayContaining(['sample', ...ids]));
    expect((await recorded(page)).blinks).toEqual([]);
  });

  test('a reload reads the library’s derived data back: the worker derives no page again', async ({ page, desk, library }) => {
    const library22 = Array.from({ length: 22 }, (_, i) => ({ id: `p${i}`, title: `第${i}頁`, source: pageText(i) }));
    await seedLibrary(page, ...library22);
    /** What the derivation worker reported: pages asked for, and derived anew rather than read back. */
    const derives = () =>
      page.evaluate(() => performance.getEntriesByName('broadsheet:derive', 'measure').map((m) => (m as PerformanceMeasure).detail as { asked: number; built: number }));

    await desk.open();
    // The watchlist's mentions ask for the whole library, the sample and the 22 pages.
    await expect.poll(derives).toEqual([{ asked: 23, built: 23, total: 23 }]);

    await page.reload();
    await desk.annotated();
    await expect.poll(derives).toEqual([{ asked: 23, built: 0, total: 0 }]);
    // Read back, it serves as if derived: the search finds the pages' text, the watchlist their mentions.
    await library.search.fill('騰訊');
    await expect(library.results.first()).toBeVisible();
    await expect(page.getByTestId('watchlist')).toBeVisible();
    expect(await derives()).toEqual([{ asked: 23, built: 0, total: 0 }]);

    // A page whose text changed is derived again, and only that one.
    await seedLibrary(page, ...library22.map((p) => (p.id === 'p3' ? { ...p, source: `${p.source}\n\n小米集團（01810）升2%。` } : p)));
    await desk.open();
    await expect.poll(derives).toEqual([{ asked: 23, built: 1, total: 1 }]);
  });
});
