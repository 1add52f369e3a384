#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in the order that fails fastest.
 * typecheck → lint → unit tests (Vitest) → find or install Chromium → build → end-to-end (Playwright).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

// Outside test-results/, which Playwright empties when it starts.
mkdirSync('test-reports', { recursive: true });
const UNIT_JSON = 'test-reports/unit.json';
const E2E_JSON = 'test-reports/e2e.json';

function run(label, cmd, args, env = process.env) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

run('typecheck', 'npx', ['tsc', '-b']);
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);

console.log('\n▶ browser: node scripts/ensure-browser.mjs');
const out = execFileSync('node', ['scripts/ensure-browser.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const lines = out.trim().split('\n');
const browser = lines.at(-1) ?? '';
for (const l of lines.slice(0, -1)) console.log(l);
console.log(`Chromium: ${browser}`);

run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  ...process.env,
  CHROMIUM_PATH: browser,
  PLAYWRIGHT_JSON_OUTPUT_NAME: E2E_JSON,
});

// One plain closing line over both runners.
const unit = JSON.parse(readFileSync(UNIT_JSON, 'utf8'));
const e2e = JSON.parse(readFileSync(E2E_JSON, 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected + e2e.flaky;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`\nunit ${unit.numPassedTests} passed; end-to-end ${e2e.expected} passed${e2e.flaky ? ` (${e2e.flaky} after a retry)` : ''}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
