/**
 * Facts against the hand-made truths: per field, the share of figures right, on the sample page
 * and on the pages in ../shared/samples where that folder is present (said so where it is not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FACT_FIELDS, FACT_GOALS, scoreFacts, sumScores, type FactScore } from '../src/core/facts/accuracy';
import { SEED_TRUTH, SHARED_FACT_TRUTHS } from '../src/core/facts/truth';
import sample from '../src/core/sample/sample-page.txt?raw';
import { scoreCharts, sumChartScores, type ChartScore } from '../src/core/charts/accuracy';
import { row } from './measure';

const SAMPLES = path.resolve(process.cwd(), '../shared/samples');

export function factsReport(): void {
  const goals = FACT_FIELDS.map((f) => `${f} ≥ ${Math.round(FACT_GOALS[f] * 100)} %`).join(', ');
  console.log(`\nFacts: figures right per field against the hand-made truths (goal: ${goals})`);
  row('', ...FACT_FIELDS);
  const pages: { name: string; score: FactScore; charts: ChartScore }[] = [
    { name: 'sample page', score: scoreFacts(sample, SEED_TRUTH), charts: scoreCharts(sample, SEED_TRUTH) },
  ];
  if (fs.existsSync(SAMPLES)) {
    for (const truth of SHARED_FACT_TRUTHS) {
      const text = fs.readFileSync(path.join(SAMPLES, `${truth.page}.txt`), 'utf8').replace(/^# source:[^\n]*\n/, '');
      pages.push({ name: `${truth.page} (shared)`, score: scoreFacts(text, truth), charts: scoreCharts(text, truth) });
    }
  } else console.log(`  (shared sample pages skipped: ${SAMPLES} is absent)`);
  for (const { name, score } of [...pages, { name: 'all pages', score: sumScores(pages.map((p) => p.score)) }]) {
    row(`  ${name}`, ...FACT_FIELDS.map((f) => `${score.right[f]}/${score.total} (${Math.round((100 * score.right[f]) / Math.max(1, score.total))} %)`));
  }
  for (const p of pages) for (const m of p.score.misses) console.log(`    ${p.name}: ${m}`);

  console.log('\nCharts and key figures against an editor’s (the truths): drawn exactly as the truth has them');
  row('', 'charts', 'key figures', 'charts not in the truth');
  const share = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / Math.max(1, of))} %)`;
  const all = sumChartScores(pages.map((p) => p.charts));
  for (const { name, charts: c } of [...pages, { name: 'all pages', charts: all }]) {
    row(`  ${name}`, share(c.chartsRight, c.charts), share(c.keyFiguresRight, c.keyFigures), String(c.extraCharts));
  }
  for (const m of all.misses) console.log(`    ${m}`);
}
