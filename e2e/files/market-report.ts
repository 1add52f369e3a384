/** A pasted market report with a dozen stock moves (the text the unit tests chart, src/core/charts/testing). */
import { readFileSync } from 'node:fs';

export const MARKET_REPORT = {
  headline: '港股收市：恒指升438點 科指走高',
  text: readFileSync(new URL('../../src/core/charts/testing/market-report.txt', import.meta.url), 'utf8'),
};
