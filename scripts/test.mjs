#!/usr/bin/env node
/**
 * `npm test`: everything CI checks.
 * typecheck, lint, unit tests (Vitest) and the build the end-to-end tests serve, all at once → find
 * or install Chromium → end-to-end (Playwright serves that build on its own port and runs the specs).
 * Ends with one line over both runners: `N passed, N failed, N skipped`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

// Outside test-results/, which Playwright empties when it starts.
mkdirSync('test-reports', { recursive: true });
const UNIT_JSON = 'test-reports/unit.json';
const E2E_JSON = 'test-reports/e2e.json';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function fail(label, code) {
  console.error(`\n✖ ${label} failed (exit ${code}).`);
  process.exit(typeof code === 'number' && code !== 0 ? code : 1);
}

/** Runs a step; a failing step stops the run, unless it wrote a report the closing line can count. */
function run(label, cmd, args, { env = process.env, report } = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`  ${label}: ${seconds(t)}`);
  if (r.status !== 0 && !(report && existsSync(report))) fail(label, r.status ?? r.signal);
  return r.status === 0;
}

/** Whether something already listens on the port (on any address). */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e) => resolve(e.code === 'EADDRINUSE' || e.code === 'EACCES'));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

/** Runs a command with its output held, to be printed whole when it ends (no interleaving). */
function runHeld(label, cmd, args) {
  return new Promise((resolve) => {
    const t = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => resolve({ label, cmd, args, code, out: Buffer.concat(out).toString(), time: seconds(t) }));
  });
}

function print(r) {
  console.log(`\n▶ ${r.label}: ${r.cmd} ${r.args.join(' ')}`);
  if (r.out.trim()) process.stdout.write(r.out.endsWith('\n') ? r.out : `${r.out}\n`);
  console.log(`  ${r.label}: ${r.time}`);
}

/** One plain closing line over both runners, then the exit code. */
function summarise() {
  const unit = JSON.parse(readFileSync(UNIT_JSON, 'utf8'));
  const e2e = existsSync(E2E_JSON) ? JSON.parse(readFileSync(E2E_JSON, 'utf8')).stats : { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  const passed = unit.numPassedTests + e2e.expected + e2e.flaky;
  const failed = unit.numFailedTests + e2e.unexpected;
  const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
  console.log(`\nunit ${unit.numPassedTests} passed; end-to-end ${e2e.expected} passed${e2e.flaky ? ` (${e2e.flaky} after a retry)` : ''}; ${seconds(started)} in all`);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed > 0 ? 1 : 0);
}

rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });
// The four checks that need no browser, side by side. tsc, ESLint and the build each use one core and
// Vitest two threads: one after another (typecheck ‖ lint, then unit ‖ build) a core stood idle
// whenever the shorter of a pair had finished. Each one's output is printed whole when it ends.
const DIST = process.env.E2E_DIST ?? 'dist';
const [typecheck, lint, unitRun, buildRun] = await Promise.all([
  runHeld('typecheck', 'npx', ['tsc', '-b']),
  runHeld('lint', 'npx', ['eslint', '.', '--max-warnings=0']),
  runHeld('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]),
  runHeld('build for the end-to-end tests', 'npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST]),
]);
for (const r of [typecheck, lint, unitRun, buildRun]) print(r);
for (const r of [typecheck, lint]) if (r.code !== 0) fail(r.label, r.code);
// Failing unit tests end the run with their count; with them failing, the end-to-end run is not worth its minutes.
if (unitRun.code !== 0 && !existsSync(UNIT_JSON)) fail(unitRun.label, unitRun.code);
if (unitRun.code !== 0) summarise();
if (buildRun.code !== 0) fail(buildRun.label, buildRun.code);

console.log('\n▶ browser: node scripts/ensure-browser.mjs');
const out = execFileSync('node', ['scripts/ensure-browser.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const lines = out.trim().split('\n');
const browser = lines.at(-1) ?? '';
for (const l of lines.slice(0, -1)) console.log(l);
console.log(`Chromium: ${browser}`);

// The suite tests only a server it starts itself: a port already in use stops it here, plainly.
const port = Number(process.env.E2E_PORT ?? 4317);
if (await portTaken(port)) {
  console.error(
    `\n✖ Port ${port} is already in use (a server left running by another checkout or an earlier run?).\n` +
      `  The end-to-end tests only test a build they serve themselves. Stop that server, or choose another port:\n` +
      `  E2E_PORT=<free port> npm test`,
  );
  process.exit(1);
}
run('end-to-end tests (serve the build, run)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, CHROMIUM_PATH: browser, PLAYWRIGHT_JSON_OUTPUT_NAME: E2E_JSON, E2E_PREBUILT: '1', E2E_DIST: DIST },
  report: E2E_JSON,
});

summarise();
