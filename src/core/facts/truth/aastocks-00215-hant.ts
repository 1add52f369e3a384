import type { FactTruth } from './truth';

/**
 * ../shared/samples/aastocks-00215-hant.txt, read as published on 2025-06-15 (the page gives no
 * dateline; 下月 is then July). The giveaway is 和電香港's (公司旗下 …), planned (將, 下月起); the 70
 * models are those on its BasicRouter platform, which the sentence names as where they are.
 */
export const AASTOCKS_TRUTH: FactTruth = {
  page: 'aastocks-00215-hant',
  pageDate: '2025-06-15',
  figures: [
    { at: 122, text: '800 億個', subject: 'HK:00215', measure: 'count', date: '2025-07', role: 'expected' },
    { at: 148, text: '1,000 萬個', subject: 'HK:00215', measure: 'count', date: '2025-07', role: 'expected' },
    { at: 266, text: '70 多個', subject: 'basicrouter', measure: 'count', date: '2025-07', role: 'expected' },
  ],
  // Tokens given away, tokens per customer and models on a platform: nothing to compare.
  articles: [{ headline: '和電香港', charts: [], keyFigures: [[122], [148], [266]] }],
};
