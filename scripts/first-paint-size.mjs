#!/usr/bin/env node
/**
 * Gzipped size of the JavaScript a browser must load before first paint: the entry script of
 * dist/index.html and every module it preloads, i.e. everything before any lazy chunk.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 80;
const html = readFileSync('dist/index.html', 'utf8');
const eager = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
let total = 0;
console.log('\nFirst paint JavaScript (gzip -9):');
for (const file of eager) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
}
const lazy = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && !eager.includes(`assets/${f}`));
const lazyTotal = lazy.reduce((sum, f) => sum + gz(join('assets', f)), 0);
console.log(`  ${'total before any lazy chunk'.padEnd(48)} ${(total / 1024).toFixed(1).padStart(7)} kB  (budget ${BUDGET_KB} kB: ${total / 1024 <= BUDGET_KB ? 'within' : 'OVER'})`);
console.log(`  ${`lazy chunks (${lazy.length}), loaded on demand`.padEnd(48)} ${(lazyTotal / 1024).toFixed(1).padStart(7)} kB`);
