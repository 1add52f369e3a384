import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { SEED_TRUTH, SHARED_FACT_TRUTHS } from '../facts/truth';
import { scoreCharts } from './accuracy';

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');
const haveShared = fs.existsSync(SAMPLES);
if (!haveShared) console.log(`charts of the shared sample pages skipped: ${SAMPLES} is absent`);

const sharedText = (name: string) => fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8').replace(/^# source:[^\n]*\n/, '');

describe('charts and key figures against an editor’s (the hand-made truth)', () => {
  it('draws the sample page’s charts and lists its key figures as the truth does, and nothing more', () => {
    const score = scoreCharts(sample, SEED_TRUTH);
    expect(score.misses).toEqual([]);
    expect(score.charts).toBe(5);
    expect(score.keyFigures).toBe(10);
  });

  it.skipIf(!haveShared).each(SHARED_FACT_TRUTHS.map((t) => [t.page, t] as const))('shared page %s', (_, truth) => {
    const score = scoreCharts(sharedText(truth.page), truth);
    expect(score.misses).toEqual([]);
    expect(score.keyFigures).toBeGreaterThan(0);
  });
});
