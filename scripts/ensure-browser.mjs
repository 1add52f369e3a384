#!/usr/bin/env node
/**
 * Finds a Chromium for the end-to-end tests, installing one only where it can do so safely.
 * Order: $CHROMIUM_PATH, Chromium's headless shell, Debian/Ubuntu system Chromium, Google Chrome,
 * Playwright's own download. The headless shell is the same Blink without the browser's UI
 * (Playwright's own default for headless runs): the suite takes about a third less CPU in it.
 * Where it is missing: on Debian as root, `apt-get install -y chromium-headless-shell
 * fonts-noto-cjk`; where no browser can be had, Playwright's own download; where neither can
 * work, stop with the exact command to run.
 * Prints the chosen path on stdout's last line (scripts/test.mjs reads it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
const SYSTEM_PATHS = [...HEADLESS_SHELLS, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightOwn() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightOwn();
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && has('apt-get');

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get (needed by the end-to-end tests)…`);
  execFileSync('sh', ['-c', `(apt-get install -y ${packages.join(' ')} || (apt-get update && apt-get install -y ${packages.join(' ')}))`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function ensureCjkFonts() {
  if (!has('fc-list')) return;
  const out = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '';
  if (out.trim()) return;
  if (canApt) aptInstall(['fonts-noto-cjk']);
  else console.warn('No CJK font found: screenshots will show boxes. Install one, e.g. `apt-get install -y fonts-noto-cjk`.');
}

function ensureBrowser() {
  let found = findBrowser();
  if (found && (process.env.CHROMIUM_PATH || HEADLESS_SHELLS.includes(found) || !canApt)) return found;
  if (canApt) {
    try {
      aptInstall(['chromium-headless-shell', 'fonts-noto-cjk']);
    } catch {
      if (found) return found; // the full browser serves as well, only slower
      aptInstall(['chromium', 'fonts-noto-cjk']);
    }
    found = findBrowser();
    if (found) return found;
  } else if (process.platform !== 'linux' || !has('apt-get')) {
    console.log('No Chromium found; downloading Playwright’s own (npx playwright install chromium)…');
    const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    found = r.status === 0 ? findBrowser() : undefined;
    if (found) return found;
  }
  console.error(
    [
      'No Chromium for the end-to-end tests, and it could not be installed from here.',
      'Run one of these, then run the tests again:',
      '  sudo apt-get install -y chromium-headless-shell fonts-noto-cjk   # Debian/Ubuntu',
      '  npx playwright install chromium                     # elsewhere',
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureBrowser();
  ensureCjkFonts();
  console.log(path);
}
