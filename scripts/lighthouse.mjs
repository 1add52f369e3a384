#!/usr/bin/env node
/**
 * `npm run bench lighthouse`: Lighthouse (the `lighthouse` package, the machine's Chromium) on the
 * production build served by `vite preview`, next to a bare React 19 page (bench/bare) built by the
 * same Vite and measured in the same run, mobile preset (Lighthouse's default: a mid-range phone on
 * slow 4G, simulated) and desktop preset, 3 runs each, interleaved app/bare so that both see the
 * same load on a shared machine. Each figure is the median of its 3 runs, taken figure by figure.
 * Prints the figures and each target as met or MISSED; it measures, it does not fail the build.
 *
 * Every server and Chrome it starts is stopped on the way out, on an error or Ctrl-C too.
 * LH_PORT (default 4391) and LH_PORT + 1 serve the app and the bare page; LH_RUNS overrides 3.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { BUDGET_KB, javaScriptSizes } from './first-paint-size.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const PORT = Number(process.env.LH_PORT ?? 4391);
const APP_DIST = 'dist-lh';
const CHROME =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];
const VITE = 'node_modules/vite/bin/vite.js';
const production = { ...process.env, NODE_ENV: 'production' };

/** Processes and browsers to stop whatever happens. */
const servers = new Set();
const chromes = new Set();
function stopAll() {
  for (const chrome of chromes) chrome.kill();
  chromes.clear();
  for (const server of servers) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // its whole process group
    } catch {
      /* already gone */
    }
  }
  servers.clear();
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function build(args) {
  const r = spawnSync('node', [VITE, 'build', '--logLevel', 'error', ...args], { stdio: 'inherit', env: production });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/** `vite preview` on a port of its own; resolves once it answers. */
async function preview(args, port) {
  const server = spawn('node', [VITE, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // a process group of its own, so stopAll ends it and anything it spawned
    env: production,
  });
  servers.add(server);
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 300; tries++) {
    if (server.exitCode !== null) throw new Error(`vite preview on ${port} exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview on ${port} never answered`);
}

/** One Lighthouse run in a fresh Chrome (nothing cached from the run before). */
async function measure(url, preset) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  chromes.add(chrome);
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return {
      score: lhr.categories.performance.score ?? NaN,
      lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
    chromes.delete(chrome);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medians = (runs) => Object.fromEntries(['score', 'lcp', 'tbt', 'cls'].map((k) => [k, median(runs.map((r) => r[k]))]));
const row = (name, m, runs) =>
  `  ${name.padEnd(6)} perf ${m.score.toFixed(2)}   LCP ${(m.lcp / 1000).toFixed(2).padStart(5)} s   TBT ${Math.round(m.tbt)
    .toString()
    .padStart(4)} ms   CLS ${m.cls.toFixed(3)}   (perf per run: ${runs.map((r) => r.score.toFixed(2)).join(' ')})`;
const verdict = (ok) => (ok ? 'met' : 'MISSED');

async function main() {
  if (!CHROME) throw new Error('No Chromium found (/usr/bin/chromium); set CHROME_PATH');
  build(['--outDir', APP_DIST]);
  build(['--config', 'bench/bare/vite.config.ts']);
  const app = await preview(['--outDir', APP_DIST], PORT);
  const bare = await preview(['--config', 'bench/bare/vite.config.ts'], PORT + 1);

  const runs = { mobile: { app: [], bare: [] }, desktop: { app: [], bare: [] } };
  for (const preset of ['mobile', 'desktop']) {
    for (let i = 0; i < RUNS; i++) {
      runs[preset].app.push(await measure(app, preset));
      runs[preset].bare.push(await measure(bare, preset));
      console.log(`  Lighthouse ${preset}: run ${i + 1} of ${RUNS} done`);
    }
  }
  stopAll();

  const m = {};
  for (const preset of ['mobile', 'desktop']) {
    m[preset] = { app: medians(runs[preset].app), bare: medians(runs[preset].bare) };
    console.log(`\nLighthouse ${preset} preset, median of ${RUNS} (production build, vite preview):`);
    console.log(row('app', m[preset].app, runs[preset].app));
    console.log(row('bare', m[preset].bare, runs[preset].bare));
    console.log(`  LCP app / bare: ${(m[preset].app.lcp / m[preset].bare.lcp).toFixed(2)}×`);
  }
  const { firstPaint } = javaScriptSizes(APP_DIST);
  const mob = m.mobile;
  const ratio = mob.app.lcp / mob.bare.lcp;
  console.log('\nTargets:');
  console.log(`  mobile performance ≥ 0.95          ${mob.app.score.toFixed(2)}  ${verdict(mob.app.score >= 0.95)}`);
  console.log(`  mobile LCP ≤ 1.2× the bare page's  ${ratio.toFixed(2)}×  ${verdict(ratio <= 1.2)}`);
  console.log(`  mobile TBT ≤ 150 ms                ${Math.round(mob.app.tbt)} ms  ${verdict(mob.app.tbt <= 150)}`);
  console.log(`  CLS 0 (mobile, desktop)            ${mob.app.cls.toFixed(3)}, ${m.desktop.app.cls.toFixed(3)}  ${verdict(mob.app.cls === 0 && m.desktop.app.cls === 0)}`);
  console.log(`  desktop performance 1.00           ${m.desktop.app.score.toFixed(2)}  ${verdict(m.desktop.app.score >= 1)}`);
  console.log(`  first-paint JS ≤ ${BUDGET_KB} kB gzipped      ${(firstPaint / 1024).toFixed(1)} kB  ${verdict(firstPaint / 1024 <= BUDGET_KB)}`);
}

main().catch((error) => {
  stopAll();
  console.error(error);
  process.exit(1);
});
