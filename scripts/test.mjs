#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in the order that fails fastest.
 * typecheck → lint → unit tests (Vitest) → find or install Chromium → build → end-to-end (Playwright).
 */
import { execFileSync, spawnSync } from 'node:child_process';

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
run('unit tests', 'npx', ['vitest', 'run']);

console.log('\n▶ browser: node scripts/ensure-browser.mjs');
const out = execFileSync('node', ['scripts/ensure-browser.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const lines = out.trim().split('\n');
const browser = lines.at(-1) ?? '';
for (const l of lines.slice(0, -1)) console.log(l);
console.log(`Chromium: ${browser}`);

run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('end-to-end tests', 'npx', ['playwright', 'test'], { ...process.env, CHROMIUM_PATH: browser });
console.log('\n✔ all checks passed');
