import type { FigureFact, Measure } from '../facts/fact';
import { knownSubjectName, type Both } from '../facts/words';
import { both, type ChartText } from './chart-text';
import { shortDate } from './fact-dates';

/** What a chart of one measure is called, after its subject (OpenAI估值, 港股個股升跌幅). */
const MEASURE_TITLE: Readonly<Record<Measure, Both>> = {
  level: both('點位', '点位'),
  price: both('價格', '价格'),
  change: both('升跌', '涨跌'),
  'change-percent': both('升跌幅', '涨跌幅'),
  'target-price': both('目標價', '目标价'),
  turnover: both('成交額', '成交额'),
  'market-cap': both('市值'),
  valuation: both('估值'),
  revenue: both('收入'),
  profit: both('盈虧', '盈亏'),
  rate: both('比率'),
  yield: both('收益率'),
  flow: both('資金流向', '资金流向'),
  probability: both('機率', '概率'),
  count: both('數量', '数量'),
  stake: both('持股'),
  other: both('數字', '数字'),
};

/** An economy's growth is 增長, a stock's or an index's move 升跌幅; a stock's price its 股價, gold's its 價格. */
export function measureTitle(measure: Measure, kind: FigureFact['subjectKind']): Both {
  if (measure === 'change-percent' && (kind === 'economy' || kind === 'other')) return both('增長', '增长');
  if (measure === 'price' && kind === 'stock') return both('股價', '股价');
  return MEASURE_TITLE[measure];
}

/**
 * A subject's name for a title: the page's own name for it (恒指, 騰訊, OpenAI), an economy's
 * aggregate in Broadsheet's words with the period between region and indicator when given
 * (美國 + 第四季 + GDP).
 */
export function subjectTitle(fact: FigureFact, period?: Both): ChartText {
  const m = /^([a-z]+)-([a-z-]+)$/.exec(fact.subject);
  const region = m ? knownSubjectName(m[1]!) : undefined;
  const indicator = m ? knownSubjectName(m[2]!) : undefined;
  if (region && indicator) return period ? [region, period, indicator] : [region, indicator];
  const known = fact.subjectKind === 'economy' ? knownSubjectName(fact.subject) : undefined;
  const name: ChartText = [known ?? fact.subjectName];
  return period ? [...name, spaced(fact.subjectName, period), period] : name;
}

/** A space between a Latin name and the digits of a year (OpenAI 2029年). */
const spaced = (name: string, next: Both) => (/[A-Za-z0-9]$/.test(name) && /^\d/.test(next.hant) ? ' ' : '');

/** A period as a title says it: the quarter, month or day; the year when the period is one. */
export function titlePeriod(date: string | undefined): Both | undefined {
  if (date === undefined || date.includes('/') || /-W\d{2}$/.test(date)) return undefined;
  return shortDate(date, /^\d{4}$/.test(date));
}

export const ROLE_WORDS = {
  actual: both('實際', '实际'),
  expected: both('預期', '预期'),
  prior: both('前值'),
} as const;

export const AND = both('與', '与');
export const LIST = both('、');
export const COLON = both('：');
export const EXPECTED_ADJ = both('預測', '预测');

const KIND_WORDS = {
  close: both('收市', '收盘'),
  high: both('高位'),
  low: both('低位'),
  threshold: both('關口', '关口'),
  target: both('目標', '目标'),
} as const;

/** What a key figure measures, in words: 收市; 市值; 收入（預期）; 其中ChatGPT. */
export function whatWords(fact: FigureFact): ChartText {
  const closing = fact.measure === 'price' && fact.kind === 'close';
  const main = closing ? both('收市價', '收盘价') : fact.measure === 'level' && fact.kind ? KIND_WORDS[fact.kind] : MEASURE_WORDS[fact.measure];
  const extra: Both[] = [];
  if (fact.measure !== 'level' && fact.kind && !closing) extra.push(KIND_WORDS[fact.kind]);
  if (fact.role !== 'actual') extra.push(ROLE_WORDS[fact.role]);
  return extra.length > 0 ? [main, both('（'), ...extra.flatMap((w, i) => (i === 0 ? [w] : [LIST, w])), both('）')] : [main];
}

/** A measure in a reader's words (the same words as a figure's tip). */
const MEASURE_WORDS: Readonly<Record<Measure, Both>> = {
  ...MEASURE_TITLE,
  // A title says 恒指點位; a sentence says its level.
  level: both('水平'),
};
