import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_TRUTHS, TEST_PAGES } from './pages';
import { scorePage, type Score } from './recall';

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');

/** The goals of recognition: codes ≥ 95 % with at most one false mark in 50, figures ≥ 90 %, no false figure. */
function expectGoals(s: Score): void {
  expect(s.codes.found / s.codes.total, `codes missed: ${s.codes.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  expect(s.codes.falseMarks, `codes marked wrongly: ${s.codes.wrong.join(' | ')}`).toBeLessThanOrEqual(Math.floor((s.codes.found + s.codes.falseMarks) / 50));
  expect(s.figures.found / s.figures.total, `figures missed: ${s.figures.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  expect(s.figures.wrong, 'figures marked wrongly').toEqual([]);
}

describe('recognition on the written pages', () => {
  it('has a page in each style', () => {
    expect(TEST_PAGES.map((p) => p.name).sort()).toEqual(['agency-glued', 'broker-morning', 'daily-finance', 'live-blog', 'mainland-results', 'mainland-wrap', 'translated-live', 'wire-headlines']);
  });

  it.each(TEST_PAGES.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    expectGoals(scorePage(p.text, p.truth));
  });
});

if (!fs.existsSync(SAMPLES)) console.log(`shared sample pages skipped: ${SAMPLES} is absent`);

describe.skipIf(!fs.existsSync(SAMPLES))('recognition on the shared sample pages (skipped where ../shared is absent)', () => {
  it.each([...SHARED_TRUTHS].map(([name, truth]) => [name, truth] as const))('%s', (name, truth) => {
    const text = fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
    expectGoals(scorePage(text, truth));
  });
});
