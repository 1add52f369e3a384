import type { UiWord } from './words';

/**
 * What a figure is, in words (see `UI` for how they are written and shown): Traditional, converted
 * by characters, and both written out where the mainland says another word (升跌 / 涨跌).
 */
export const FACTS_UI = {
  measureLevel: '水平',
  measurePrice: '價格',
  measureChange: { hant: '升跌', hans: '涨跌' },
  measureChangePercent: { hant: '升跌幅', hans: '涨跌幅' },
  measureTargetPrice: '目標價',
  measureTurnover: '成交額',
  measureMarketCap: '市值',
  measureValuation: '估值',
  measureRevenue: '收入',
  measureProfit: '盈虧',
  measureRate: '比率',
  measureYield: '收益率',
  measureFlow: '資金流向',
  measureProbability: { hant: '機率', hans: '概率' },
  measureCount: '數量',
  measureStake: '持股',
  measureOther: '其他數字',
  kindClose: { hant: '收市', hans: '收盘' },
  kindHigh: '高位',
  kindLow: '低位',
  kindThreshold: '關口',
  kindTarget: '目標',
  roleActual: '實際',
  roleExpected: '預期',
  rolePrior: '前值',
  factSetBy: { hant: '給予者', hans: '给出方' },
  factPart: '其中',
  factNoDate: '未註明日期',
  pageDate: '版面日期',
  pageDateFromText: '取自正文的日期行',
  pageDateFromImport: { hant: '取自匯入日期', hans: '取自导入日期' },
  pageDateFromReader: { hant: '由讀者設定', hans: '由读者设置' },
  pageDateReset: { hant: '還原', hans: '恢复' },
} satisfies Record<string, UiWord>;
