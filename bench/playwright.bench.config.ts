import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** The in-browser benchmarks: one worker, desktop only, against the production build. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.bench\.pw\.ts$/,
  outputDir: '../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  projects: [{ name: 'bench', use: { ...base.projects![0]!.use, bypassCSP: true } }],
  webServer: { ...(base.webServer as object), cwd: fileURLToPath(new URL('..', import.meta.url)) } as never,
});
