/**
 * The figure index in Chromium on the production build, over a library of 1,000 generated pages
 * (`series-library.ts`, as the Node bench makes them):
 * - opening 恒指's series from the charts pane: from the click (the event's own time stamp) to the
 *   series' points painted (the frame after the commit that drew them), first after a reload and
 *   again; the click's Event Timing entry (input to next paint) is printed beside it. Goal 200 ms.
 * - importing pages into that library while keys are typed into the search box: the main
 *   thread's long tasks meanwhile, and each key press's input delay and duration (Event Timing).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { test, type Page } from '@playwright/test';
import { seedLibrary } from '../e2e/seed';
import { generatePages } from './series-library';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const TEXTS = [read('../src/core/sample/sample-page.txt'), ...['2025-01-28', '2025-02-04', '2025-02-11'].map((d) => read(`../e2e/pages/series-${d}.txt`))];
const PAGES = 1000;
const GOAL_MS = 200;
const rows: string[] = [];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Seeds the library (the first `count` generated pages), opens the newest and waits for its whole figure index. */
async function openLibrary(page: Page, count: number): Promise<void> {
  const pages = generatePages(TEXTS, PAGES).slice(0, count);
  await seedLibrary(page, ...pages.map(({ id, source }, i) => ({ id, title: `港股日報（第${i + 1}期）`, source })));
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: PerformanceEntry[]; events: PerformanceEventTiming[] };
    w.longTasks = [];
    w.events = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => w.events.push(...(list.getEntries() as PerformanceEventTiming[]))).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  await page.goto(`/#/${pages.at(-1)!.id}`);
  await indexed(page, count);
}

/** Waits until the figure index holds every page of the library (and the sample). */
async function indexed(page: Page, count: number): Promise<void> {
  await page.locator('[data-testid="article"] [data-figure-value]').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    (n) => performance.getEntriesByName('broadsheet:figures', 'measure').reduce((sum, e) => sum + ((e as PerformanceMeasure).detail as { asked: number }).asked, 0) >= n,
    count + 1,
    { timeout: 300_000, polling: 250 },
  );
}

/** Clicks 恒指's open-series in the charts pane; the time from the click to its points painted, and the click's Event Timing duration. */
async function openSeriesOnce(page: Page): Promise<{ paint: number; event: number | undefined; points: number }> {
  const button = page.locator('[data-testid="charts"] [data-testid="open-series"][data-figure-subject="index:HSI"][data-figure-measure="level"]').first();
  await button.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { t0?: number; t1?: number; events: PerformanceEventTiming[] };
    delete w.t0;
    delete w.t1;
    w.events.length = 0;
    document.addEventListener(
      'click',
      (event) => {
        w.t0 = event.timeStamp;
        const done = () => requestAnimationFrame(() => setTimeout(() => (w.t1 = performance.now())));
        const ready = () => document.querySelector('[data-testid="figure-series"] [data-testid="series-point"]');
        if (ready()) return done();
        const mo = new MutationObserver(() => {
          if (!ready()) return;
          mo.disconnect();
          done();
        });
        mo.observe(document.body, { subtree: true, childList: true });
      },
      { capture: true, once: true },
    );
  });
  await button.click();
  await page.waitForFunction(() => (window as unknown as { t1?: number }).t1 !== undefined, undefined, { timeout: 30_000 });
  // The click's entry arrives with the frame after it: wait for it (or give up after a second).
  await page.waitForFunction(() => (window as unknown as { events: PerformanceEventTiming[] }).events.some((e) => e.name === 'click'), undefined, { timeout: 1_000 }).catch(() => undefined);
  const result = await page.evaluate(() => {
    const w = window as unknown as { t0: number; t1: number; events: PerformanceEventTiming[] };
    return {
      paint: w.t1 - w.t0,
      event: w.events.find((e) => e.name === 'click')?.duration,
      points: document.querySelectorAll('[data-testid="figure-series"] [data-testid="series-point"]').length,
    };
  });
  await page.keyboard.press('Escape');
  await page.getByTestId('figure-series').waitFor({ state: 'hidden' });
  return result;
}

test('open a series over 1,000 pages', async ({ page }) => {
  await openLibrary(page, PAGES);
  const first: Awaited<ReturnType<typeof openSeriesOnce>>[] = [];
  const again: Awaited<ReturnType<typeof openSeriesOnce>>[] = [];
  for (let i = 0; i < 3; i++) {
    if (i > 0) {
      await page.reload();
      await indexed(page, PAGES);
    }
    first.push(await openSeriesOnce(page));
    for (let j = 0; j < 2; j++) again.push(await openSeriesOnce(page));
  }
  const line = (label: string, runs: typeof first) => {
    const paint = median(runs.map((r) => r.paint));
    const events = runs.flatMap((r) => (r.event === undefined ? [] : [r.event]));
    return `${label}: ${runs.map((r) => r.paint.toFixed(0)).join(' / ')} ms, median ${ms(paint)} (${(paint / GOAL_MS).toFixed(2)}× the ${GOAL_MS} ms goal); Event Timing click → next paint, median ${events.length ? ms(median(events)) : 'n/a'}`;
  };
  rows.push(
    `series of 恒指 levels over ${PAGES} pages (${first[0]!.points} points drawn), click → points painted`,
    `  ${line('first after a reload', first)}`,
    `  ${line('again', again)}`,
  );
});

interface Typing {
  longTasks: { start: number; duration: number }[];
  /** Each run of the library search meanwhile: the pages it searched anew (the rest answered from memory). */
  searched: number[];
  keys: { name: string; delay: number; duration: number }[];
  ms: number;
}

/**
 * Types into the search box `rounds` times, each time after dropping the next of `drops` on the
 * window (no dialog in the way) if any: the keys land while that page is read, stored, derived
 * and indexed. The main thread's long tasks and the key presses' Event Timing meanwhile.
 */
async function typeWhile(page: Page, rounds: number, drops: readonly string[]): Promise<Typing> {
  const box = page.getByTestId('search');
  await box.click();
  const start = await page.evaluate(() => {
    const w = window as unknown as { longTasks: PerformanceEntry[]; events: PerformanceEventTiming[] };
    w.longTasks.length = 0;
    w.events.length = 0;
    return performance.now();
  });
  for (let i = 0; i < rounds; i++) {
    const before = await page.evaluate(() => location.hash);
    const drop = drops[i];
    if (drop !== undefined) {
      await page.evaluate(
        ([name, text]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type: 'text/plain' }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        [`extra-${i}.txt`, drop] as const,
      );
    }
    await box.fill('');
    await page.keyboard.type('00700 tencent', { delay: 30 });
    if (drop !== undefined) await page.waitForFunction((hash) => location.hash !== hash, before, { timeout: 30_000 });
  }
  return page.evaluate((from) => {
    const w = window as unknown as { longTasks: PerformanceEntry[]; events: PerformanceEventTiming[] };
    const keys = ['keydown', 'keypress', 'beforeinput', 'input'];
    return {
      longTasks: w.longTasks.filter((e) => e.startTime >= from).map((e) => ({ start: e.startTime, duration: e.duration })),
      keys: w.events.filter((e) => keys.includes(e.name)).map((e) => ({ name: e.name, delay: e.processingStart - e.startTime, duration: e.duration })),
      searched: performance
        .getEntriesByName('broadsheet:search', 'measure')
        .filter((e) => e.startTime >= from)
        .map((e) => ((e as PerformanceMeasure).detail as { searched: number }).searched),
      ms: performance.now() - from,
    };
  }, start);
}

function typingRow(label: string, t: Typing): string[] {
  const sum = t.longTasks.reduce((a, x) => a + x.duration, 0);
  return [
    `${label} (${ms(t.ms)})`,
    `  main thread: ${t.longTasks.length} long tasks, longest ${ms(Math.max(0, ...t.longTasks.map((x) => x.duration)))}, ${ms(sum)} in all`,
    `  key events over 16 ms (Event Timing): ${t.keys.filter((k) => k.name === 'keydown').length} key presses; worst input delay ${ms(Math.max(0, ...t.keys.map((k) => k.delay)))}, worst duration ${ms(Math.max(0, ...t.keys.map((k) => k.duration)))}`,
    `  library search: ${t.searched.length} runs, pages searched anew in each: ${t.searched.join(' / ') || '–'}`,
  ];
}

test('import pages into a library of 1,000 while typing in the search box', async ({ page }) => {
  const IMPORTS = 5;
  await openLibrary(page, PAGES - IMPORTS);
  const extra = generatePages(TEXTS, PAGES).slice(PAGES - IMPORTS);
  // The same typing with nothing imported: what searching 995 pages costs by itself.
  const alone = await typeWhile(page, IMPORTS, []);
  const importing = await typeWhile(page, IMPORTS, extra.map((p) => p.source));
  await indexed(page, PAGES);
  rows.push(
    ...typingRow(`typing "00700 tencent" ${IMPORTS} times into the search box of a ${PAGES - IMPORTS}-page library, nothing imported`, alone),
    ...typingRow(`the same while ${IMPORTS} pages are dropped into it, one each time (each opens, is stored, derived and indexed)`, importing),
  );
});

test.afterAll(() => {
  // A shared machine's load makes every figure here slower: say what it was.
  console.log(`\nThe figure index (Chromium, production build, 1,000 generated pages; load average ${loadavg()[0]!.toFixed(1)})`);
  for (const r of rows) console.log(`  ${r}`);
});
