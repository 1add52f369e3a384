import { defineConfig, devices } from '@playwright/test';
import { buildAndServe, E2E_PORT, launchOptions } from '../playwright.config';

/**
 * `npm run screens`: pictures of the app for a person to look at, not tests. Each scene waits
 * until its screen is complete, then writes a PNG to test-results/screens/: the desktop at
 * 1400 px, phones at 320 and 390 px, each in both scripts. Served on a port next to the suite's,
 * so both can run at once.
 */
const PORT = Number(process.env.SCREENS_PORT ?? E2E_PORT + 1);
const phone = devices['Pixel 7'];

export default defineConfig({
  testDir: './screens',
  testMatch: /.*\.screens\.ts$/,
  outputDir: '../test-results/screens-run',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, locale: 'zh-HK', launchOptions },
  projects: [
    { name: 'desktop-1400', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, launchOptions } },
    { name: 'phone-390', use: { ...phone, viewport: { width: 390, height: 844 }, launchOptions } },
    { name: 'phone-320', use: { ...phone, viewport: { width: 320, height: 640 }, launchOptions } },
  ],
  webServer: buildAndServe(PORT),
});
