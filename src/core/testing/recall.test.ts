import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_TRUTHS, TEST_PAGES } from './pages';
import { scorePage, type Score, type Tally } from './recall';

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');

/** The goals of recognition: codes ≥ 95 % with at most one false mark in 50, figures ≥ 90 %, no false figure. */
function expectGoals(s: Score): void {
  expect(s.codes.found / s.codes.total, `codes missed: ${s.codes.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  expect(s.codes.falseMarks, `codes marked wrongly: ${s.codes.wrong.join(' | ')}`).toBeLessThanOrEqual(Math.floor((s.codes.found + s.codes.falseMarks) / 50));
  expect(s.figures.found / s.figures.total, `figures missed: ${s.figures.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  expect(s.figures.wrong, 'figures marked wrongly').toEqual([]);
}

/**
 * Misses and wrong marks known and not yet fixed, per page (the truths keep them, and `npm run
 * bench` counts them): a page's test fails if it misses or marks anything else, and when one of
 * these is mended (drop it here).
 */
const KNOWN: Record<string, { readonly missed: readonly string[]; readonly wrong: readonly string[] }> = {
  // 大立光（３００８） on a wire that mixes Taipei and Hong Kong lines: nothing on its line says
  // Taipei, so the bare code reads as Hong Kong's, and its price in 元 as HK dollars.
  'tw-hk-morning': {
    missed: ['３００８\tTW:3008', '２，２９０元\t2290\tTWD'],
    wrong: ['３００８\tHK:03008', '２，２９０元\t2290\tHKD'],
  },
  // Held-out set 5's first measure, before its fixes (each to be dropped here as it is mended).
  'agency-pharma-deals': {
    missed: ['1877.HK\tHK:01877', '2359.HK\tHK:02359', '約1.3億元人民幣\t130000000\tCNY'],
    wrong: ['ADC\tUS:ADC', '三款\t3\tcount', '約1.3億元\t130000000\tHKD'],
  },
  'hk-daily-ev': {
    missed: ['91.18元人民幣\t91.18\tCNY', '5,499元人民幣\t5499\tCNY', '7.7791\t7.7791\tHKD', '1.5萬元人民幣\t15000\tCNY'],
    wrong: ['91.18元\t91.18\tCNY', '5,499元\t5499\tHKD', '1.5萬元\t15000\tHKD'],
  },
  'wire-macau-gaming': {
    missed: [
      '２７\tHK:00027', '２７\tHK:00027', '２９３\tHK:00293', '８３\tHK:00083', '２１８．６億澳門元\t21860000000\tMOP', '７．７８２５\t7.7825\tHKD',
      '９，１４５\t9145\tpoints', '２，３０１．５億元人民幣\t230150000000\tCNY', '２，６５０億澳門元\t265000000000\tMOP', '２５，７９０\t25790\tpoints',
    ],
    wrong: ['２，３０１．５億元\t230150000000\tHKD'],
  },
};

/** The score with the known misses and wrong marks taken out, after checking they are still there. */
function withoutKnown(name: string, s: Score): Score {
  const known = KNOWN[name] ?? { missed: [], wrong: [] };
  expect([...s.codes.missed, ...s.figures.missed].filter((m) => known.missed.includes(m)), 'known misses now found').toEqual(known.missed);
  expect([...s.codes.wrong, ...s.figures.wrong].filter((m) => known.wrong.includes(m)), 'known wrong marks now gone').toEqual(known.wrong);
  const drop = (t: Tally): Tally => {
    const n = t.missed.filter((m) => known.missed.includes(m)).length;
    const wrong = t.wrong.filter((m) => !known.wrong.includes(m));
    return { ...t, total: t.total - n, missed: t.missed.filter((m) => !known.missed.includes(m)), falseMarks: wrong.length, wrong };
  };
  return { codes: drop(s.codes), figures: drop(s.figures) };
}

describe('recognition on the written pages', () => {
  it('has a page in each style', () => {
    expect(TEST_PAGES.map((p) => p.name).sort()).toEqual([
      'agency-chips', 'agency-glued', 'agency-pharma-deals', 'ah-results', 'blog-cn-hk-live', 'blog-hk-live', 'broker-morning',
      'cn-condiment-results', 'daily-a-share', 'daily-finance', 'fund-quarterly', 'hk-daily-ev', 'hk-ipo-page', 'hk-property-daily',
      'live-blog', 'mainland-results', 'mainland-wrap', 'translated-live', 'tw-hk-morning', 'wire-bloomberg', 'wire-headlines',
      'wire-hk-moves', 'wire-macau-gaming',
    ]);
  });

  it.each(TEST_PAGES.map((p) => [p.name, p] as const))('%s', (name, p) => {
    expectGoals(withoutKnown(name, scorePage(p.text, p.truth)));
  });
});

if (!fs.existsSync(SAMPLES)) console.log(`shared sample pages skipped: ${SAMPLES} is absent`);

describe.skipIf(!fs.existsSync(SAMPLES))('recognition on the shared sample pages (skipped where ../shared is absent)', () => {
  it.each([...SHARED_TRUTHS].map(([name, truth]) => [name, truth] as const))('%s', (name, truth) => {
    const text = fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
    expectGoals(scorePage(text, truth));
  });
});
