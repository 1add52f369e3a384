#!/usr/bin/env node
/**
 * Gzipped JavaScript, from the build manifest:
 * - first paint: the entry and every chunk it imports statically, plus the app's start
 *   (src/app/start.tsx, React and the shell) with its static imports (budget 80 kB). The
 *   prerendered page (index.html) paints with none of it: the entry runs after that paint. A
 *   reader the prerendered page does not fit (another address, Simplified, other settings) sees
 *   the shell, which needs all of it;
 * - first article on screen: that, plus the takeover (src/app/take-over.tsx), the reading desk
 *   (src/app/App.tsx), the top bar's library controls and the sample page's text with everything
 *   they import statically — what the takeover of the prerendered page (or the shell) fetches at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 80;

/** Gzipped bytes of a build (default `dist`): first paint, first article, everything. */
export function javaScriptSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  /** A chunk and everything it imports statically. */
  const closure = (keys, seen = new Set()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const size = (keys) => [...keys].reduce((sum, key) => sum + gz(manifest[key].file), 0);
  const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const eager = closure([...entry, ...Object.keys(manifest).filter((k) => /src\/app\/start\.tsx$/.test(k))]);
  const desk = closure(
    Object.keys(manifest).filter((k) => /src\/app\/App\.tsx$|src\/app\/take-over\.tsx$|src\/features\/library\/LibraryBar\.tsx$|sample-page\.txt/.test(k)),
    new Set(eager),
  );
  const all = Object.values(manifest).filter((c) => c.file.endsWith('.js')).reduce((sum, c) => sum + gz(c.file), 0);
  return { firstPaint: size(eager), firstArticle: size(desk), all };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { firstPaint, firstArticle, all } = javaScriptSizes(process.argv[2]);
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} kB`;
  console.log('\nJavaScript, gzip -9 (from dist/.vite/manifest.json):');
  console.log(`  first paint (React + the shell; the prerendered page: none)${kb(firstPaint)}  budget ${BUDGET_KB} kB: ${firstPaint / 1024 <= BUDGET_KB ? 'within' : 'OVER'}`);
  console.log(`  + reading desk, library bar, sample page, fetched at once${kb(firstArticle - firstPaint)}  → first article on screen: ${kb(firstArticle).trim()}`);
  console.log(`  everything else, loaded on demand (charts, conversion…)  ${kb(all - firstArticle)}`);
}
