/**
 * The figure index at the scale of three years of a daily page: 1,000 pages made from the
 * sample's and the series test pages' sentences (e2e/pages/series-*.txt), each dated a day after
 * the last, with a market report whose 恒指 and 騰訊 figures walk. Prints the index's size, its
 * build time per page (the worker's work on an import) and the time to compute a series and a
 * stock's cited figures over the whole library.
 */
import sample from '../src/core/sample/sample-page.txt?raw';
import day1 from '../e2e/pages/series-2025-01-28.txt?raw';
import day2 from '../e2e/pages/series-2025-02-04.txt?raw';
import day3 from '../e2e/pages/series-2025-02-11.txt?raw';
import { series, stockFigures, type FigureIndex, type PageFigures } from '../src/core/series';
import { pageFigures } from '../src/core/series/figure-index';
import { row, time } from './measure';
import { generatePages } from './series-library';

const PAGES = 1000;
const generateLibrary = (count = PAGES) => generatePages([sample, day1, day2, day3], count);

export function seriesReport(): void {
  const library = generateLibrary();
  const built: PageFigures[] = [];
  const started = performance.now();
  for (const page of library) built.push(pageFigures(page));
  const buildMs = performance.now() - started;
  const index: FigureIndex = { pages: built };
  const facts = built.reduce((n, p) => n + p.facts.length, 0);
  const bytes = new TextEncoder().encode(JSON.stringify(built)).length;

  console.log(`\nThe figure index over ${PAGES} pages (3 years of a daily page, made from the sample's and the series test pages' sentences)`);
  row('  index size (as stored, JSON)', `${(bytes / 1024 / 1024).toFixed(2)} MB`, `${facts} facts`, `${(bytes / PAGES / 1024).toFixed(1)} KB a page`);
  row('  build, per page (the worker, on an import)', `${(buildMs / PAGES).toFixed(2)} ms`, `${(buildMs / 1000).toFixed(1)} s in all`);
  // Cold: a fresh index object, so every page's facts are grouped by subject once (a reload).
  const cold = () => series({ pages: built.map((p) => ({ ...p })) }, 'index:HSI', 'level');
  const first = time(cold, { runs: 5, warmup: 1 });
  const hsi = series(index, 'index:HSI', 'level');
  const warm = time(() => series(index, 'index:HSI', 'level'), { runs: 21, warmup: 5 });
  const stock = time(() => stockFigures(index, 'HK:00700'), { runs: 21, warmup: 5 });
  // One more page imported: the index is a new object holding the same page objects and one new one.
  const extra = generateLibrary(PAGES + 1).at(-1)!;
  const added = time(() => series({ pages: [...built, pageFigures({ ...extra, id: 'new' })] }, 'index:HSI', 'level'), { runs: 11, warmup: 2 });
  row('  series of 恒指 levels, first after a reload', `${first.ms.toFixed(1)} ms`, `${hsi.points.length} points, ${hsi.lines.length} lines`, 'goal: painted within 200 ms');
  row('  series of 恒指 levels, again (the same index: the series is kept)', `${warm.ms.toFixed(1)} ms`);
  row('  a page imported, then the series', `${added.ms.toFixed(1)} ms`, 'build + query');
  row('  騰訊 (HK:00700) cited figures', `${stock.ms.toFixed(1)} ms`);
}
