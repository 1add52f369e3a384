/**
 * Script toggle, click to converted text painted, in Chromium on the production build: the sample
 * page and a page 20 times its size; the first toggle with nothing loaded (dictionaries fetched
 * and built on the way), the first toggle after the app's idle preparation, and warm toggles;
 * next to opencc-js's own HTMLConverter converting the same DOM in the same run.
 *
 * Every figure is read off a Chromium performance trace (CDP `Tracing`), the same way for both:
 * from a user-timing mark set just before the click (or the `convert()` call) to the end of the
 * main thread's Paint of the first frame after the text changed. A task is "long" as the
 * browser's own RunTask events say, over the whole span. Each row also gives the browser's own
 * share (style recalculation, layout, painting the frame), summed over the span from the same
 * trace: what any way of changing the text on screen pays. Warm figures are medians of 7. The
 * floor row flips only `<html lang>`; the untraced row times the cold first toggle in the page,
 * without the trace's own cost, as a median of fresh pages.
 */
import { readFileSync } from 'node:fs';
import { test, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { seedLibrary } from '../e2e/seed';

const sample = readFileSync(new URL('../src/core/sample/sample-page.txt', import.meta.url), 'utf8');

interface Measure {
  /** Mark before the action → end of the Paint of the first frame showing the change. */
  ms: number;
  /** The longest main-thread task in that span. */
  longest: number;
  /** Which frame after the action first shows the change: 1 is the very next one. */
  frame: number;
  /** The browser's own work in that span: style recalculation, layout, and painting the frame. */
  style: number;
  layout: number;
  paint: number;
}

/** Trace events that are the frame's painting work on the main thread. */
const PAINTING = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

/**
 * Runs `action` in the page under a trace. The action must set the marks `bench:start` (before
 * it acts) and `bench:changed` (once the new text is in the DOM) and resolve after a paint.
 */
async function traced(page: Page, cdp: CDPSession, action: () => Promise<unknown>): Promise<Measure> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are JSON objects of this shape.
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await action();
  await page.waitForTimeout(100);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const mark = (name: string) => {
    const found = events.find((e) => e.name === name);
    if (!found) throw new Error(`no ${name} mark in the trace`);
    return found;
  };
  const start = mark('bench:start');
  const changed = mark('bench:changed');
  const main = events.filter((e) => e.tid === start.tid && e.ph === 'X');
  const paint = main.filter((e) => e.name === 'Paint' && e.ts >= changed.ts).sort((a, b) => a.ts - b.ts)[0];
  if (!paint) throw new Error('no paint after the change');
  const end = paint.ts + (paint.dur ?? 0);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end);
  const inSpan = main.filter((e) => e.ts >= start.ts && e.ts < end);
  const total = (pick: (name: string) => boolean) => inSpan.filter((e) => pick(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return {
    ms: (end - start.ts) / 1000,
    longest: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    frame: main.filter((e) => e.name === 'PrePaint' && e.ts >= start.ts && e.ts <= paint.ts).length,
    style: total((n) => n === 'UpdateLayoutTree'),
    layout: total((n) => n === 'Layout'),
    paint: total((n) => PAINTING.has(n)),
  };
}

/** Clicks the toggle; marks the change once the toggle's state flips (the render is done then). */
const clickToggle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const toggle = document.querySelector<HTMLElement>('[data-testid="script-toggle"]')!;
        const want = toggle.querySelector('.on')?.textContent === '繁' ? '简' : '繁';
        const mo = new MutationObserver(() => {
          if (toggle.querySelector('.on')?.textContent !== want) return;
          mo.disconnect();
          performance.mark('bench:changed');
          requestAnimationFrame(() => setTimeout(resolve, 20));
        });
        mo.observe(toggle, { subtree: true, childList: true, attributes: true, characterData: true });
        performance.mark('bench:start');
        toggle.click();
      }),
  );

/**
 * The floor any way of switching pays: only `<html lang>` flips (as the issue requires), no text
 * changes, and the browser restyles, re-lays out and repaints every text on screen in the other
 * script's faces. Measured the same way as a toggle.
 */
const flipLang = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const html = document.documentElement;
        performance.mark('bench:start');
        html.lang = html.lang === 'zh-Hans' ? 'zh-Hant-HK' : 'zh-Hans';
        performance.mark('bench:changed');
        requestAnimationFrame(() => setTimeout(resolve, 20));
      }),
  );

/**
 * The first toggle with nothing loaded, untraced: tracing slows a cold toggle (every layout and
 * task is recorded), and one run says little on this machine. Fresh pages, idle preparation off,
 * timed in the page from the click to a task queued by the first frame after the change (that
 * frame has painted by then), with the browser's Long Tasks API watching for tasks over 50 ms
 * meanwhile; sorted by time.
 */
async function coldUntraced(context: BrowserContext, open: (p: Page) => Promise<void>, runs: number): Promise<{ ms: number; longTask: number }[]> {
  const out: { ms: number; longTask: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await open(page);
    out.push(
      await page.evaluate(
        () =>
          new Promise<{ ms: number; longTask: number }>((resolve) => {
            const toggle = document.querySelector<HTMLElement>('[data-testid="script-toggle"]')!;
            let longTask = 0;
            const watch = new PerformanceObserver((list) => {
              for (const e of list.getEntries()) longTask = Math.max(longTask, e.duration);
            });
            watch.observe({ type: 'longtask' });
            const t0 = performance.now();
            const mo = new MutationObserver(() => {
              if (toggle.querySelector('.on')?.textContent !== '简') return;
              mo.disconnect();
              requestAnimationFrame(() =>
                setTimeout(() => {
                  const ms = performance.now() - t0;
                  // Long-task entries arrive after their task: read them once the frame is done.
                  setTimeout(() => {
                    for (const e of watch.takeRecords()) longTask = Math.max(longTask, e.duration);
                    watch.disconnect();
                    resolve({ ms, longTask });
                  }, 50);
                }, 0),
              );
            });
            mo.observe(toggle, { subtree: true, childList: true, attributes: true, characterData: true });
            toggle.click();
          }),
      ),
    );
    await page.evaluate(() => localStorage.removeItem('broadsheet-prefs'));
    await page.close();
  }
  return out.sort((a, b) => a.ms - b.ms);
}

type HtmlRun = 'first' | 'warm';

/** opencc-js's HTMLConverter on the same DOM: `first` builds its converter inside the span. */
const runHtmlConverter = (page: Page, run: HtmlRun) =>
  page.evaluate(
    (run) =>
      new Promise<void>((resolve) => {
        type Handle = { convert(): void; restore(): void };
        type OpenCCGlobal = {
          Converter: (o: { from: string; to: string }) => (s: string) => string;
          HTMLConverter: (c: (s: string) => string, root: Node, from: string, to: string) => Handle;
        };
        const w = window as unknown as { OpenCC: OpenCCGlobal; benchConvert?: (s: string) => string; benchHandle?: Handle };
        const build = () => w.OpenCC.Converter({ from: 'hk', to: 'cn' });
        if (run === 'warm') w.benchConvert ??= build();
        performance.mark('bench:start');
        const convert = run === 'warm' ? w.benchConvert! : build();
        w.benchHandle = w.OpenCC.HTMLConverter(convert, document.documentElement, 'zh-Hant-HK', 'zh-Hans');
        w.benchHandle.convert();
        performance.mark('bench:changed');
        requestAnimationFrame(() => setTimeout(resolve, 20));
      }),
    run,
  );

const restoreHtmlConverter = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        (window as unknown as { benchHandle?: { restore(): void } }).benchHandle?.restore();
        requestAnimationFrame(() => setTimeout(resolve, 50));
      }),
  );

const median = (ms: Measure[]): Measure => {
  const by = (k: keyof Measure) => [...ms].map((m) => m[k]).sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  return { ms: by('ms'), longest: Math.max(...ms.map((m) => m.longest)), frame: Math.max(...ms.map((m) => m.frame)), style: by('style'), layout: by('layout'), paint: by('paint') };
};

/** What the Long Tasks API saw over the untraced runs: none, or the longest. */
const longTasks = (runs: readonly { longTask: number }[]) => {
  const long = runs.filter((r) => r.longTask > 0);
  return long.length === 0 ? 'none' : `${long.length} of ${runs.length} runs, the longest ${Math.max(...long.map((r) => r.longTask)).toFixed(0)} ms`;
};

const WARM_RUNS = 7;
const COLD_RUNS = 5;
const rows: string[] = [];
const fmt = (m: Measure) =>
  `${m.ms.toFixed(1).padStart(6)} ms (frame ${m.frame}; longest task ${m.longest.toFixed(0)} ms; style ${m.style.toFixed(1)}, layout ${m.layout.toFixed(1)}, paint ${m.paint.toFixed(1)} ms)`;

for (const [name, repeat] of [
  ['sample page', 1],
  ['page 20× the sample', 20],
] as const) {
  test(`toggle: ${name}`, async ({ page, context }) => {
    let hash = '';
    if (repeat > 1) {
      await seedLibrary(page, { id: 'big', title: 'big', source: Array.from({ length: repeat }, () => sample).join('\n\n') });
      hash = '#/big';
    }
    const open = async (p: Page) => {
      await p.goto(`/${hash}`);
      await p.locator('html[data-live] .app[data-annotated="true"]').waitFor();
      await p.waitForTimeout(1500); // let the page settle (annotation, the contents' second frame)
    };

    // Cold: the app's idle preparation is switched off, so the first click loads everything.
    const cold = await context.newPage();
    await cold.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await open(cold);
    const coldCdp = await context.newCDPSession(cold);
    const coldFirst = await traced(cold, coldCdp, () => clickToggle(cold));
    await cold.evaluate(() => localStorage.removeItem('broadsheet-prefs')); // the next run starts in Traditional
    await cold.close();

    const untraced = await coldUntraced(context, open, COLD_RUNS);

    // As a reader meets it: the app has painted and, the reader a few seconds on the page, prepared while idle.
    await open(page);
    await page.waitForFunction(() => performance.getEntriesByName('broadsheet:toggle:prepared').length > 0, undefined, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    const first = await traced(page, cdp, () => clickToggle(page));
    const toHant: Measure[] = [];
    const toHans: Measure[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      toHant.push(await traced(page, cdp, () => clickToggle(page)));
      toHans.push(await traced(page, cdp, () => clickToggle(page)));
    }
    await clickToggle(page); // back to Traditional for HTMLConverter
    for (let i = 0; i < 4; i++) await flipLang(page); // the faces meet the other script's glyphs first
    const floor: Measure[] = [];
    for (let i = 0; i < 2 * WARM_RUNS; i++) floor.push(await traced(page, cdp, () => flipLang(page)));
    const chars = await page.evaluate(() => document.body.innerText.length);

    await page.addScriptTag({ path: 'node_modules/opencc-js/dist/umd/full.js' });
    const htmlFirst = await traced(page, cdp, () => runHtmlConverter(page, 'first'));
    await restoreHtmlConverter(page);
    const htmlWarm: Measure[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      htmlWarm.push(await traced(page, cdp, () => runHtmlConverter(page, 'warm')));
      await restoreHtmlConverter(page);
    }
    const warm = median(toHans);
    const html = median(htmlWarm);
    const bare = median(floor);
    rows.push(
      `${name} (${chars} characters on screen)`,
      `  Broadsheet first toggle → 简, nothing loaded  ${fmt(coldFirst)}`,
      `  Broadsheet first toggle → 简, nothing loaded, untraced: median of ${COLD_RUNS} ${untraced[Math.floor(COLD_RUNS / 2)]!.ms.toFixed(1)} ms (${untraced.map((v) => v.ms.toFixed(0)).join(', ')}); tasks over 50 ms: ${longTasks(untraced)}`,
      `  Broadsheet first toggle → 简, after idle prep ${fmt(first)}`,
      `  Broadsheet warm toggle → 繁 (median of ${WARM_RUNS})     ${fmt(median(toHant))}`,
      `  Broadsheet warm toggle → 简 (median of ${WARM_RUNS})     ${fmt(warm)}`,
      `  floor: <html lang> flipped, no text changed ${fmt(bare)}`,
      `  opencc-js HTMLConverter → 简, first          ${fmt(htmlFirst)}`,
      `  opencc-js HTMLConverter → 简, warm (median)  ${fmt(html)}`,
      `  ratios: warm ÷ HTMLConverter warm ${(warm.ms / html.ms).toFixed(2)}×; first (nothing loaded) ÷ HTMLConverter first ${(coldFirst.ms / htmlFirst.ms).toFixed(2)}×`,
      `  above the floor: Broadsheet warm ${(warm.ms - bare.ms).toFixed(1)} ms, HTMLConverter warm ${(html.ms - bare.ms).toFixed(1)} ms`,
    );
  });
}

test.afterAll(() => {
  console.log(
    '\nScript toggle, click → the paint showing the other script (Chromium trace, production build;' +
      ' targets: warm ≤ 16 ms, first < 150 ms, ≤ 0.5× HTMLConverter, no task > 50 ms)',
  );
  for (const r of rows) console.log(`  ${r}`);
});
