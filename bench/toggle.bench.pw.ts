/**
 * Script toggle, click to converted text painted, in Chromium on the production build: the sample
 * page and a page 20 times its size, first toggle (dictionaries loaded on the way) and warm
 * toggle, next to opencc-js's own HTMLConverter converting the same DOM in the same run.
 * Also reports the longest main-thread task during each (Long Tasks API).
 */
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { seedLibrary } from '../e2e/seed';

const sample = readFileSync(new URL('../src/core/sample/sample-page.txt', import.meta.url), 'utf8');

interface Measure {
  ms: number;
  longest: number;
  /** The app's own marks: loading what the switch needs, and the synchronous render. */
  load?: number;
  render?: number;
}

/** Clicks the toggle and resolves after the frame that shows the other script has painted. */
async function measureToggle(page: Page): Promise<Measure> {
  return page.evaluate(
    () =>
      new Promise<Measure>((resolve) => {
        const toggle = document.querySelector<HTMLElement>('[data-testid="script-toggle"]')!;
        const want = toggle.querySelector('.on')?.textContent === '繁' ? '简' : '繁';
        const long: number[] = [];
        const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
        po.observe({ type: 'longtask' });
        performance.clearMeasures();
        const measured = (name: string) => performance.getEntriesByName(name, 'measure')[0]?.duration;
        const t0 = performance.now();
        const done = () => {
          if (toggle.querySelector('.on')?.textContent !== want) return false;
          // rAF runs before the paint of the frame holding the change; the task after it, after.
          requestAnimationFrame(() =>
            setTimeout(() => {
              po.disconnect();
              const load = measured('broadsheet:toggle:load');
              const render = measured('broadsheet:toggle:render');
              resolve({ ms: performance.now() - t0, longest: Math.max(0, ...long), ...(load ? { load } : {}), ...(render ? { render } : {}) });
            }),
          );
          return true;
        };
        const mo = new MutationObserver(() => done() && mo.disconnect());
        mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        toggle.click();
      }),
  );
}

/** opencc-js's HTMLConverter on the same DOM: first builds the converter, warm reuses it. */
async function measureHtmlConverter(page: Page): Promise<{ first: Measure; warm: Measure; chars: number }> {
  await page.addScriptTag({ path: 'node_modules/opencc-js/dist/umd/full.js' });
  return page.evaluate(async () => {
    type OpenCCGlobal = {
      Converter: (o: { from: string; to: string }) => (s: string) => string;
      HTMLConverter: (c: (s: string) => string, root: Node, from: string, to: string) => { convert(): void; restore(): void };
    };
    const OpenCC = (window as unknown as { OpenCC: OpenCCGlobal }).OpenCC;
    const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
    const run = async (build: () => { convert(): void; restore(): void }) => {
      const long: number[] = [];
      const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
      po.observe({ type: 'longtask' });
      const t0 = performance.now();
      const h = build();
      h.convert();
      await painted();
      const ms = performance.now() - t0;
      po.disconnect();
      h.restore();
      await painted();
      return { ms, longest: Math.max(0, ...long) };
    };
    const root = document.documentElement;
    const first = await run(() => OpenCC.HTMLConverter(OpenCC.Converter({ from: 'hk', to: 'cn' }), root, 'zh-Hant-HK', 'zh-Hans'));
    const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const warm = await run(() => OpenCC.HTMLConverter(convert, root, 'zh-Hant-HK', 'zh-Hans'));
    return { first, warm, chars: document.body.innerText.length };
  });
}

const rows: string[] = [];
const fmt = (m: Measure) =>
  `${m.ms.toFixed(1).padStart(6)} ms (longest task ${m.longest.toFixed(0)} ms${m.load ? `; loading ${m.load.toFixed(0)} ms` : ''}${m.render ? `; render ${m.render.toFixed(1)} ms` : ''})`;

/** One frame of this browser: a change that costs nothing, click to painted. */
async function measureFrame(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        document.body.dataset.benchTick = String(t0);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
      }),
  );
}

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
      await p.getByTestId('article').first().waitFor();
    };
    // Cold: the app's idle preparation is switched off, so the first click loads everything.
    const cold = await context.newPage();
    await cold.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await open(cold);
    const frame = await measureFrame(cold);
    const coldFirst = await measureToggle(cold);
    await cold.evaluate(() => localStorage.removeItem('broadsheet-prefs')); // start the next run in Traditional
    await cold.close();

    // As a reader meets it: the app has painted and prepared while idle.
    await open(page);
    await page.waitForTimeout(1500);
    const first = await measureToggle(page);
    const back = await measureToggle(page);
    const warm = await measureToggle(page);
    await measureToggle(page); // back to Traditional for HTMLConverter
    const html = await measureHtmlConverter(page);
    rows.push(
      `${name} (${html.chars} characters on screen; an empty change paints in ${frame.toFixed(1)} ms here)`,
      `  Broadsheet first toggle, nothing loaded   ${fmt(coldFirst)}`,
      `  Broadsheet first toggle, after idle prep  ${fmt(first)}`,
      `  Broadsheet toggle back → 繁               ${fmt(back)}`,
      `  Broadsheet warm toggle → 简               ${fmt(warm)}`,
      `  opencc-js HTMLConverter, first            ${fmt(html.first)}`,
      `  opencc-js HTMLConverter, warm             ${fmt(html.warm)}`,
      `  ratios: warm ÷ HTMLConverter warm ${(warm.ms / html.warm.ms).toFixed(2)}×; first (nothing loaded) ÷ HTMLConverter first ${(coldFirst.ms / html.first.ms).toFixed(2)}×`,
    );
  });
}

test.afterAll(() => {
  console.log('\nScript toggle, click to painted (Chromium, production build; targets: warm ≤ 16 ms, first < 150 ms, ≤ 0.5× HTMLConverter, no task > 50 ms)');
  for (const r of rows) console.log(`  ${r}`);
});
