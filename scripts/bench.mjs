#!/usr/bin/env node
/**
 * `npm run bench`: measured speed, printed as figures and ratios (never asserted in unit tests).
 * 1. The pure core (parser, figures, stocks, search, import), bundled, in Node, next to opencc-js's
 *    own hk→cn conversion of the same text in the same run: bench/core.bench.ts.
 * 2. The gzipped JavaScript needed for first paint, from a fresh production build.
 * 3. In Chromium, driven by Playwright: the script toggle, click to painted: bench/toggle.bench.ts;
 *    and the other bench/*.bench.pw.ts (the library; backup and restore of 200 pages).
 *    `npm run bench backup` runs only bench/backup.bench.pw.ts, `npm run bench series` only
 *    bench/series.bench.pw.ts (opening a series over 1,000 pages; importing while typing).
 * 4. Lighthouse, mobile and desktop presets, median of 3, on the production build next to a bare
 *    React 19 + Vite page (bench/bare) measured in the same run: scripts/lighthouse.mjs.
 *    `npm run bench lighthouse` runs only that.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

if (want('core')) {
  // Bundled the way the app ships (one module, calls across files inlined), not through Vite's
  // dev loader, whose per-import indirection would slow every hot loop and skew the figures.
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync('npx', ['vite', 'build', '--ssr', 'bench/core.bench.ts', '--outDir', 'dist-bench', '--logLevel', 'error'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const core = spawnSync('node', ['-e', "import('./dist-bench/core.bench.js').then((m) => m.run())"], { stdio: 'inherit', env });
  if (core.status !== 0) process.exit(core.status ?? 1);
}

// Builds run in production mode: React's development build must never be measured.
const production = { ...process.env, NODE_ENV: 'production' };
// `npm run bench <name>` for a bench/<name>.bench.pw.ts runs that file alone (with `toggle`, all of them).
const browserOnly = only.includes('toggle') ? [] : only.filter((n) => existsSync(`bench/${n}.bench.pw.ts`)).map((n) => `${n}.bench.pw.ts`);
if (want('size') || want('toggle') || browserOnly.length > 0) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: production });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (want('size')) {
  const size = spawnSync('node', ['scripts/first-paint-size.mjs'], { stdio: 'inherit' });
  if (size.status !== 0) process.exit(size.status ?? 1);
}

if (want('toggle') || browserOnly.length > 0) {
  const r = spawnSync('node', ['scripts/ensure-browser.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const browser = r.stdout.trim().split('\n').at(-1);
  const run = spawnSync('npx', ['playwright', 'test', '--config', 'bench/playwright.bench.config.ts', ...browserOnly], {
    stdio: 'inherit',
    env: { ...production, CHROMIUM_PATH: browser },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

if (want('lighthouse')) {
  const lh = spawnSync('node', ['scripts/lighthouse.mjs'], { stdio: 'inherit', env: production });
  if (lh.status !== 0) process.exit(lh.status ?? 1);
}
