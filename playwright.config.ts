import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';

/**
 * scripts/test.mjs finds (or installs) Chromium and passes it in CHROMIUM_PATH; run alone, the
 * tests look for Chromium's headless shell (the same Blink without the browser's UI, a third less
 * CPU), then the full browser.
 */
const executablePath =
  process.env.CHROMIUM_PATH ??
  ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * The suite builds the app and serves that build itself, on a port of its own: never `vite
 * preview`'s 4173 or the dev server's 5173, where another checkout's server may be running.
 * Several checkouts side by side each name their own port and build folder.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
const DIST = process.env.E2E_DIST ?? 'dist';
export const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUT ?? 'test-results',
  // Every test opens its own browser context, so tests of one file can run on both workers.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One worker a core: a browser page renders on a core of its own, and a second worker per core
  // only makes each wait longer. E2E_WORKERS overrides (1 for a targeted run beside others' work).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Generous, bounded: the suite shares its machine; a test waits on what it needs, never on a clock.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'on-first-retry',
    locale: 'zh-HK',
    launchOptions,
    // The service worker would serve every file from its cache, out of `page.route`'s sight, and
    // precache the whole build in every test: only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, launchOptions }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, grep: /@phone/ },
  ],
  webServer: buildAndServe(E2E_PORT),
});

/**
 * One build, served once for every worker: the tests always test the code in this checkout, as
 * it is now. Never a server this run did not start: if the port answers already, the run stops
 * and says so (`reuseExistingServer: false`), and `--strictPort` refuses a port taken meanwhile.
 */
export function buildAndServe(port: number): PlaywrightTestConfig['webServer'] {
  return {
    // `npm test` builds while the unit tests run and says so with E2E_PREBUILT; alone, the run builds first.
    command: `${process.env.E2E_PREBUILT ? '' : `npx vite build --logLevel warn --outDir ${DIST} && `}npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Sent as they are over loopback: vite preview would gzip each response afresh (see vite.config.ts).
    env: { BROADSHEET_PREVIEW_IDENTITY: '1' },
  };
}
