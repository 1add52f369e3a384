import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { FACT_FIELDS, FACT_GOALS, scoreFacts, sumScores, type FactScore } from './accuracy';
import { SEED_TRUTH, SHARED_FACT_TRUTHS } from './truth';

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');
const haveShared = fs.existsSync(SAMPLES);
if (!haveShared) console.log(`facts of the shared sample pages skipped: ${SAMPLES} is absent`);

function sharedText(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8').replace(/^# source:[^\n]*\n/, '');
}

function expectGoals(score: FactScore): void {
  for (const field of FACT_FIELDS) {
    const share = score.right[field] / score.total;
    expect(share, `${field}: ${score.right[field]}/${score.total}\n${score.misses.join('\n')}`).toBeGreaterThanOrEqual(FACT_GOALS[field]);
  }
}

describe('facts against the hand-made truth', () => {
  it('the sample page meets the goals (subject, measure ≥ 95 %, date ≥ 90 %)', () => {
    const score = scoreFacts(sample, SEED_TRUTH);
    expect(score.total).toBe(SEED_TRUTH.figures.length);
    expectGoals(score);
  });

  it.skipIf(!haveShared).each(SHARED_FACT_TRUTHS.map((t) => [t.page, t] as const))('shared page %s meets the goals', (_, truth) => {
    expectGoals(scoreFacts(sharedText(truth.page), truth));
  });

  it.skipIf(!haveShared)('all pages together meet the goals', () => {
    expectGoals(sumScores([scoreFacts(sample, SEED_TRUTH), ...SHARED_FACT_TRUTHS.map((t) => scoreFacts(sharedText(t.page), t))]));
  });
});
