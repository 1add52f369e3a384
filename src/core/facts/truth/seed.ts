import type { FactTruth } from './truth';

/**
 * The sample page (src/core/sample/sample-page.txt, the shared seed page), read on 2025-02-01:
 * its OpenAI piece says 昨日（31日）, and 年初六（2月3日） is the Monday after.
 * Judgment calls: the ChatGPT and API parts of 2029's revenue are OpenAI's revenue (parts of the
 * whole the sentence before states); 3800 and 4000 are targets with no date; the scenario
 * probabilities are about the scenario the text quotes (無着陸, 硬着陸), dated by 近期 (this week);
 * 該模型 in the 3% sentence is DeepSeek's, and that cost figure has no date; 這幾天, 近期 and 本周
 * are the page's week (2025-W05); 龍年 is the lunar year ended 2025-01-28.
 */
export const SEED_TRUTH: FactTruth = {
  page: 'seed',
  pageDate: '2025-02-01',
  figures: [
    { at: 205, text: '3000億美元', subject: 'openai', measure: 'valuation', date: '2025-01-31', role: 'expected' },
    { at: 291, text: '1570億美元', subject: 'openai', measure: 'valuation', date: '2024-10', role: 'actual' },
    { at: 344, text: '1000億美元', subject: 'openai', measure: 'revenue', date: '2029', role: 'expected' },
    { at: 365, text: '500億美元', subject: 'openai', measure: 'revenue', date: '2029', role: 'expected' },
    { at: 398, text: '250億美元', subject: 'openai', measure: 'revenue', date: '2029', role: 'expected' },
    { at: 1027, text: '1000億美元', subject: 'openai', measure: 'revenue', date: '2029', role: 'expected' },
    { at: 1718, text: '六款', subject: 'cn', measure: 'count', date: '2025-02-01', role: 'actual' },
    { at: 2306, text: '兩萬點之上', subject: 'index:HSI', measure: 'level', date: '2025-01-28', role: 'actual' },
    { at: 2313, text: '20225點', subject: 'index:HSI', measure: 'level', date: '2025-01-28', role: 'actual' },
    { at: 2335, text: '4478點', subject: 'index:HSI', measure: 'change', date: '2024-02-10/2025-01-28', role: 'actual' },
    { at: 2343, text: '28%', subject: 'index:HSI', measure: 'change-percent', date: '2024-02-10/2025-01-28', role: 'actual' },
    { at: 2434, text: '3800點', subject: 'index:SSEC', measure: 'level', role: 'expected' },
    { at: 2440, text: '4000點', subject: 'index:SSEC', measure: 'level', role: 'expected' },
    { at: 2829, text: '接近45000點', subject: 'index:DJI', measure: 'level', date: '2025-W05', role: 'actual' },
    { at: 2851, text: '19500點之上', subject: 'index:IXIC', measure: 'level', date: '2025-W05', role: 'actual' },
    { at: 2904, text: '108水平之上', subject: 'index:DXY', measure: 'level', date: '2025-01-29', role: 'actual' },
    { at: 2964, text: '2800美元', subject: 'gold', measure: 'price', date: '2025-01-31', role: 'actual' },
    { at: 2978, text: '2859美元', subject: 'gold', measure: 'price', date: '2025-01-31', role: 'actual' },
    { at: 3145, text: '逼近2730美元', subject: 'gold', measure: 'price', date: '2025-01-27', role: 'actual' },
    { at: 3184, text: '40美元', subject: 'gold', measure: 'change', date: '2025-W05', role: 'actual' },
    { at: 3193, text: '2800美元', subject: 'gold', measure: 'price', date: '2025-W05', role: 'actual' },
    { at: 3332, text: '2.3%', subject: 'us-gdp', measure: 'change-percent', date: '2024-Q4', role: 'actual' },
    { at: 3342, text: '2.6%', subject: 'us-gdp', measure: 'change-percent', date: '2024-Q4', role: 'expected' },
    { at: 3350, text: '3.10%', subject: 'us-gdp', measure: 'change-percent', date: '2024-Q3', role: 'prior' },
    { at: 3651, text: '35%', subject: '無着陸', measure: 'probability', date: '2025-W05', role: 'actual' },
    { at: 3667, text: '5%', subject: '硬着陸', measure: 'probability', date: '2025-W05', role: 'actual' },
    { at: 4687, text: '3%', subject: 'deepseek', measure: 'other', role: 'actual' },
  ],
  articles: [
    {
      headline: 'DeepSeek牽動AI產業價值重估',
      charts: [
        { kind: 'series', measure: 'valuation', subjects: ['openai'], points: [[291], [205]] },
        // 各250億: one figure, a bar for each item it names; the 1000億 repeated later is the same total.
        { kind: 'parts', measure: 'revenue', subjects: ['openai'], points: [[344, 1027], [365], [398], [398]] },
      ],
      keyFigures: [],
    },
    { headline: '蛇年開市', charts: [], keyFigures: [[1718]] },
    {
      headline: '美股高處不勝寒',
      // Levels of different indices are never on one axis: each is a key figure. 恒指's close
      // stands for the 兩萬點 it closed above, with the lunar year's rise beside it.
      charts: [],
      keyFigures: [[2313, 2306, 2335, 2343], [2434], [2440], [2829], [2851], [2904], [2978, 2964]],
    },
    {
      headline: '黃金後市看漲',
      charts: [
        { kind: 'series', measure: 'price', subjects: ['gold'], points: [[3145], [3193]] },
        { kind: 'compare', measure: 'change-percent', subjects: ['us-gdp'], points: [[3332], [3342], [3350]] },
      ],
      keyFigures: [[3184]],
    },
    {
      headline: '歐高收益債',
      charts: [{ kind: 'compare', measure: 'probability', subjects: ['無着陸', '硬着陸'], points: [[3651], [3667]] }],
      keyFigures: [],
    },
    { headline: '中國AI產業發展', charts: [], keyFigures: [[4687]] },
  ],
};
