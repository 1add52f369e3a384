import type { FactTruth } from './truth';

/**
 * ../shared/samples/china-eastern-hans.txt, read as published on 2022-03-21 (3月21日 without a
 * year). China Eastern has no code on the page: it is one company however the page names it
 * (中国东方航空, 东方航空, 东航, 中国东航), the slug being its full name. The funds' holdings and
 * purchases (基金…重仓中国东航, 买入该股) are about China Eastern's shares (stake, flow, count of
 * funds), dated by 截至2021年末; the US-listed figures carry the day the paragraph before gives.
 */
export const CHINA_EASTERN_TRUTH: FactTruth = {
  page: 'china-eastern-hans',
  pageDate: '2022-03-21',
  figures: [
    { at: 38, text: '132人', subject: '中国东方航空', measure: 'count', date: '2022-03-21', role: 'actual' },
    { at: 109, text: '6.46%', subject: '中国东方航空', measure: 'change-percent', date: '2022-03-21', role: 'actual' },
    { at: 116, text: '2.75港元/股', subject: '中国东方航空', measure: 'price', date: '2022-03-21', role: 'actual' },
    { at: 128, text: '1103亿港元', subject: '中国东方航空', measure: 'market-cap', date: '2022-03-21', role: 'actual' },
    { at: 151, text: '超18%', subject: '中国东方航空', measure: 'change-percent', date: '2022-03-21', role: 'actual' },
    { at: 161, text: '19.03美元/股', subject: '中国东方航空', measure: 'price', date: '2022-03-21', role: 'actual' },
    { at: 174, text: '71.84亿美元', subject: '中国东方航空', measure: 'market-cap', date: '2022-03-21', role: 'actual' },
    { at: 241, text: '约-110亿元至-135亿元', subject: '中国东方航空', measure: 'profit', date: '2021', role: 'expected' },
    { at: 272, text: '约为人民币-122亿元至-147亿元', subject: '中国东方航空', measure: 'profit', date: '2021', role: 'expected' },
    { at: 317, text: '586亿元', subject: '中国东方航空', measure: 'revenue', date: '2020', role: 'actual' },
    { at: 327, text: '51.48%', subject: '中国东方航空', measure: 'change-percent', date: '2020', role: 'actual' },
    { at: 341, text: '118亿元', subject: '中国东方航空', measure: 'profit', date: '2020', role: 'actual' },
    { at: 351, text: '470%', subject: '中国东方航空', measure: 'change-percent', date: '2020', role: 'actual' },
    { at: 376, text: '3.8亿股', subject: '中国东方航空', measure: 'stake', date: '2021', role: 'actual' },
    { at: 390, text: '3.91%', subject: '中国东方航空', measure: 'stake', date: '2021', role: 'actual' },
    { at: 405, text: '21只', subject: '中国东方航空', measure: 'count', date: '2021', role: 'actual' },
    { at: 423, text: '12只', subject: '中国东方航空', measure: 'count', date: '2021', role: 'actual' },
    { at: 443, text: '6只', subject: '中国东方航空', measure: 'count', date: '2021', role: 'actual' },
    { at: 453, text: '超过2.3亿股', subject: '中国东方航空', measure: 'flow', date: '2021', role: 'actual' },
    { at: 467, text: '4只', subject: '中国东方航空', measure: 'count', date: '2021', role: 'actual' },
    { at: 476, text: '超1.1亿股', subject: '中国东方航空', measure: 'flow', date: '2021', role: 'actual' },
    { at: 501, text: '0.88%', subject: 'index:wind航空', measure: 'change-percent', date: '2022-03-21', role: 'actual' },
    { at: 523, text: '2.27%', subject: 'SH:603885', measure: 'change-percent', date: '2022-03-21', role: 'actual' },
  ],
  articles: [
    {
      headline: '中日财经爆',
      charts: [
        // The day's falls: the airline index, 吉祥航空, and China Eastern's Hong Kong and US shares.
        { kind: 'compare', measure: 'change-percent', subjects: ['index:wind航空', 'SH:603885', '中国东方航空'], points: [[501], [523], [109], [151]] },
        // Net profit: 2020's loss, then 2021's forecast loss (the first of the two measures given).
        { kind: 'series', measure: 'profit', subjects: ['中国东方航空'], points: [[341], [241]] },
      ],
      keyFigures: [
        [38], [116, 109], [128], [161, 151], [174], [272], [317, 327], [351],
        [376], [390], [405], [423], [443], [453], [467], [476],
      ],
    },
  ],
};
