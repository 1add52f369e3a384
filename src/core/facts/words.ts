/**
 * A fact in words a reader knows, in both scripts: the subject's name where Broadsheet knows it
 * (an index, a commodity, a market, an economy's aggregate), the measure, the kind of level, the
 * role and the date. Names the page itself gives (a stock's, a company's) stay the page's text,
 * which the UI shows in the reader's script.
 */
import type { UiKey } from '../ui/strings';
import type { FigureFact, LevelKind, Measure, Role } from './fact';

export interface Both {
  readonly hant: string;
  readonly hans: string;
}

const both = (hant: string, hans = hant): Both => ({ hant, hans });

const INDEX: Readonly<Record<string, Both>> = {
  HSI: both('恒生指數', '恒生指数'),
  HSCEI: both('國企指數', '国企指数'),
  HSTECH: both('恒生科技指數', '恒生科技指数'),
  SSEC: both('上證綜合指數', '上证综合指数'),
  SZI: both('深證成指', '深证成指'),
  CSI300: both('滬深300指數', '沪深300指数'),
  CHINEXT: both('創業板指數', '创业板指数'),
  STAR50: both('科創50指數', '科创50指数'),
  DJI: both('道瓊斯工業平均指數', '道琼斯工业平均指数'),
  IXIC: both('納斯達克綜合指數', '纳斯达克综合指数'),
  SPX: both('標普500指數', '标普500指数'),
  N225: both('日經平均指數', '日经平均指数'),
  KOSPI: both('韓國綜合指數', '韩国综合指数'),
  TWII: both('台灣加權指數', '台湾加权指数'),
  DXY: both('美匯指數', '美元指数'),
  FTSE: both('富時100指數', '富时100指数'),
  DAX: both('德國DAX指數', '德国DAX指数'),
  VIX: both('恐慌指數', '恐慌指数'),
};

const OTHER: Readonly<Record<string, Both>> = {
  gold: both('黃金', '黄金'),
  silver: both('白銀', '白银'),
  oil: both('原油'),
  copper: both('銅', '铜'),
  gas: both('天然氣', '天然气'),
  bitcoin: both('比特幣', '比特币'),
  'hk-market': both('港股'),
  'cn-market': both('A股'),
  'us-market': both('美股'),
  southbound: both('南向資金', '南向资金'),
  northbound: both('北向資金', '北向资金'),
  'us-treasury': both('美國國債', '美国国债'),
};

const REGION: Readonly<Record<string, Both>> = {
  us: both('美國', '美国'),
  cn: both('中國', '中国'),
  hk: both('香港'),
  jp: both('日本'),
  ez: both('歐元區', '欧元区'),
  eu: both('歐洲', '欧洲'),
  uk: both('英國', '英国'),
  world: both('全球'),
};

const INDICATOR: Readonly<Record<string, Both>> = {
  gdp: both('GDP'),
  cpi: both('CPI'),
  ppi: both('PPI'),
  pmi: both('PMI'),
  unemployment: both('失業率', '失业率'),
  payrolls: both('非農就業', '非农就业'),
  'retail-sales': both('零售銷售', '零售销售'),
  exports: both('出口'),
  imports: both('進口', '进口'),
  'policy-rate': both('政策利率'),
  lpr: both('LPR'),
  hibor: both('HIBOR'),
};

/** The subject's name where Broadsheet knows it; undefined for names only the page gives. */
export function knownSubjectName(subject: string): Both | undefined {
  if (subject.startsWith('index:')) return INDEX[subject.slice(6)];
  const other = OTHER[subject] ?? REGION[subject];
  if (other) return other;
  const dash = subject.indexOf('-');
  if (dash > 0) {
    const region = REGION[subject.slice(0, dash)];
    const indicator = INDICATOR[subject.slice(dash + 1)];
    if (region && indicator) return both(`${region.hant}${indicator.hant}`, `${region.hans}${indicator.hans}`);
  }
  return INDICATOR[subject];
}

const MEASURE_KEY: Readonly<Record<Measure, UiKey>> = {
  level: 'measureLevel',
  price: 'measurePrice',
  change: 'measureChange',
  'change-percent': 'measureChangePercent',
  'target-price': 'measureTargetPrice',
  turnover: 'measureTurnover',
  'market-cap': 'measureMarketCap',
  valuation: 'measureValuation',
  revenue: 'measureRevenue',
  profit: 'measureProfit',
  rate: 'measureRate',
  yield: 'measureYield',
  flow: 'measureFlow',
  probability: 'measureProbability',
  count: 'measureCount',
  stake: 'measureStake',
  other: 'measureOther',
};

const KIND_KEY: Readonly<Record<LevelKind, UiKey>> = {
  close: 'kindClose',
  high: 'kindHigh',
  low: 'kindLow',
  threshold: 'kindThreshold',
  target: 'kindTarget',
};

const ROLE_KEY: Readonly<Record<Role, UiKey>> = { actual: 'roleActual', expected: 'roleExpected', prior: 'rolePrior' };

export function measureKey(measure: Measure): UiKey {
  return MEASURE_KEY[measure];
}

export function kindKey(kind: LevelKind): UiKey {
  return KIND_KEY[kind];
}

export function roleKey(role: Role): UiKey {
  return ROLE_KEY[role];
}

const HALF = both('上半年', '上半年');
const SECOND_HALF = both('下半年', '下半年');
const QUARTERS = ['一', '二', '三', '四'];

/** A fact's date in words: 2025年1月28日, 2024年第四季, 2025年第5週 (第5周), 2024年2月10日至2025年1月28日. */
export function dateWords(date: string): Both {
  const range = date.split('/');
  if (range.length === 2) {
    const from = dateWords(range[0]!);
    const to = dateWords(range[1]!);
    return both(`${from.hant}至${to.hant}`, `${from.hans}至${to.hans}`);
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return both(`${m[1]}年${Number(m[2])}月${Number(m[3])}日`);
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return both(`${m[1]}年${Number(m[2])}月`);
  m = /^(\d{4})-Q([1-4])$/.exec(date);
  if (m) return both(`${m[1]}年第${QUARTERS[Number(m[2]) - 1]}季`);
  m = /^(\d{4})-H([12])$/.exec(date);
  if (m) {
    const half = m[2] === '1' ? HALF : SECOND_HALF;
    return both(`${m[1]}年${half.hant}`, `${m[1]}年${half.hans}`);
  }
  m = /^(\d{4})-W(\d{2})$/.exec(date);
  if (m) return both(`${m[1]}年第${Number(m[2])}週`, `${m[1]}年第${Number(m[2])}周`);
  return both(date);
}

/** The words of a fact's kind of level and role worth saying (an actual figure says nothing of its role). */
export function factQualifiers(fact: FigureFact): UiKey[] {
  const out: UiKey[] = [];
  if (fact.kind) out.push(KIND_KEY[fact.kind]);
  if (fact.role !== 'actual') out.push(ROLE_KEY[fact.role]);
  return out;
}
