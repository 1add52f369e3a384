import { isHan } from '../text/char-classes';
import { foldWidth } from '../text/width-fold';
import type { NameBefore } from './name';
import { aShareMarket, isIndexCode } from './normalise';
import type { CodeCandidate } from './scan';
import { COMPANY_ENDINGS, COMPANY_WORD, INDEX_OR_BOND_END, INDEX_START, NOT_NAME_END, TIME_CHARS, TIME_WORDS, UNIT_CHARS, WARRANT_PATTERN } from './words';

/**
 * Whether a code candidate is a stock, given the name read before it. Offsets are UTF-16 units
 * into `text`; nothing before `floor` (the end of the previous mention) is looked at.
 *
 * Every candidate: not an index or a bond by its name, not an index code (`000…` in Shanghai,
 * `399…` in Shenzhen), an A-share code shaped like a share (see `aShareMarket`; the written
 * suffix still picks the market), not a warrant or CBBC (a five-digit 1xxxx/2xxxx/5xxxx/6xxxx
 * code with 牛證/熊證/輪/認購/認沽… nearby). A bare bracketed number also needs three to six digits
 * (one or two after a name ending in a company word: 匯豐控股（5）), a name directly before it,
 * no unit or further digits directly after it, and when it reads as a year (1900–2099) a name
 * that is not a time word.
 */
export function isStock(c: CodeCandidate, name: NameBefore, text: string, floor: number): boolean {
  const nameText = name.kind === 'long' ? text.slice(name.runStart, name.end) : name.key;
  if (INDEX_OR_BOND_END.test(nameText) || (name.kind === 'name' && INDEX_START.test(name.key))) return false;
  if (isIndexCode(c.stock.code, c.stock.market)) return false;
  if ((c.stock.market === 'SH' || c.stock.market === 'SZ') && !aShareMarket(c.stock.code)) return false;
  if (isWarrant(c, name, text, floor)) return false;
  if (c.kind === 'ticker' || c.kind === 'spaced') return isTicker(c, name, text);
  if (c.kind === 'glued') return isGluedCode(c, name, text);
  return c.kind === 'explicit' || isBareCode(c, name, nameText, text);
}

/**
 * Capitals alone in brackets are a US ticker (and Bloomberg's code a space after a name, 騰訊
 * 700 HK, is a code) only after a company's name (英偉達（NVDA）), in a sentence about shares: a move, a price or a US market beside it. Abbreviations of terms
 * (按揭證券（MBS）, 首次公開招股（IPO）) are written the same way, so the name must not end in a
 * word that measures or refers, and the letters must not be an everyday abbreviation.
 */
function isTicker(c: CodeCandidate, name: NameBefore, text: string): boolean {
  if (name.kind !== 'name' || !hasHan(name.key) || FUNCTION_WORD_END.test(name.key)) return false;
  if (TERM_END.test(name.key) || COMMON_ABBREVIATIONS.has(foldWidth(text.slice(c.codeStart, c.codeEnd)))) return false;
  const sentenceStart = Math.max(sentenceStartBefore(text, c.open ?? c.start), (c.open ?? c.start) - TICKER_REACH);
  const after = text.slice(c.close ?? c.end, (c.close ?? c.end) + TICKER_REACH);
  const afterInSentence = after.slice(0, after.search(/[。！？!?\n]|$/));
  return SHARE_TALK.test(afterInSentence) || US_MARKET.test(text.slice(sentenceStart, c.open ?? c.start));
}

/** Words of grammar ending what stands before the brackets: no name (英偉達 may end in 達). */
const FUNCTION_WORD_END = /[的了是為为在有與与及或和被把將将對对]$/;
/** How far around a bracketed ticker its sentence is read. */
const TICKER_REACH = 40;
/** A move or a price right after a ticker: 英偉達（NVDA）升3%, 蘋果（AAPL）收報230美元, 股價. */
const SHARE_TALK =
  /[升跌漲涨揚扬挫瀉泻][^，。；]{0,8}?[0-9０-９]|[0-9０-９][%％]|美元|港元|收[報报市盘盤]|股價|股价|市值|財報|财报|業績|业绩|營收|营收|盈利|[收入盈利業业績绩]+指引|目標價|目标价|評級|评级|回購|回购|派息|股息/;
/** The US market named earlier in the sentence: 美股, 納指, 華爾街 … */
const US_MARKET = /美股|美國股市|美国股市|納指|纳指|道指|標普|标普|華爾街|华尔街|納斯達克|纳斯达克|紐約|纽约|科技股|七雄|NASDAQ|Nasdaq|NYSE|紐交所|纽交所/;
/**
 * Names of terms, not companies: …證券 (MBS), …率, …價值 (NBV), …指數, …協議, …組織, …基金; and
 * of authorities: …局, …署, …會 (證交會（SEC）); of medicines and their trials: …藥物 (抗體偶聯藥物
 * （ADC）), …療法, …疫苗, …試驗.
 */
const TERM_END = /(?:[局署部院廳厅處处會会值率額额量數数幅]|藥物|药物|療法|疗法|疫苗|抗體|抗体|偶聯物|偶联物|試驗|试验|證券|证券|協議|协议|組織|组织|基金|指數|指数|工具|計劃|计划|機制|机制|技術|技术|模型|標準|标准|產品|产品|市場|市场|政策|貸款|贷款|債券|债券|票據|票据|利率|比率|指標|指标|制度|系統|系统|中心|聯盟|联盟|委員會|委员会)$/;
/** Everyday abbreviations that follow a term in brackets, never a ticker in this reading. */
const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'AI', 'IPO', 'ETF', 'GDP', 'CPI', 'PPI', 'PMI', 'LPR', 'MBS', 'ESG', 'EPS', 'ROE', 'IMF', 'WHO', 'OPEC', 'REIT', 'REITS',
  'CEO', 'CFO', 'COO', 'SPAC', 'QDII', 'QFII', 'RQFII', 'HIBOR', 'LIBOR', 'SOFR', 'VIE', 'API', 'APP', 'EV', 'FED', 'ECB',
  'EU', 'UN', 'USA', 'UK', 'HK', 'PE', 'PB', 'NAV', 'AUM', 'M2', 'RRR', 'MLF', 'SLF', 'TLAC', 'CBBC', 'OTC', 'IT',
  'SEC', 'SFC', 'CSRC', 'HKMA', 'PBOC', 'FOMC', 'FDA', 'FTC', 'DOJ', 'OECD', 'WTO', 'IEA', 'BIS', 'BOJ', 'HKEX', 'SEHK',
  'NYSE', 'AMEX', 'EBITDA', 'EBIT', 'DPS', 'ROA', 'YOY', 'QOQ', 'TTM', 'ADR', 'ADS', 'PEG',
]);

/** Where the sentence holding `at` begins (after the last 。！？ or line break before it). */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= TICKER_REACH; i--) if ('。！？!?\n'.includes(text[i]!)) return i + 1;
  return 0;
}

/**
 * Six digits glued to a Han name, or a space after it, with no market written (宁德时代300750跌2%,
 * 中际旭创 300308) are the name's A share only after a company's name (not after a word that measures or refers: 成交量300750,
 * 第600519) and before no unit or measure word (营收300750万元, 300750股).
 */
function isGluedCode(c: CodeCandidate, name: NameBefore, text: string): boolean {
  const last = [...name.key].pop()!;
  if (name.kind !== 'name' || !hasHan(name.key) || NOT_NAME_END.has(last) || AMOUNT_NOUN_END.has(last) || ADDRESS_END.has(last) || FUNCTION_WORD_END.test(name.key)) return false;
  const after = foldWidth(text.slice(c.codeEnd, c.codeEnd + 4)).replace(/^[ \u3000]/, '');
  return !UNIT_CHARS.has(after[0] ?? '') && !GLUED_UNIT_AFTER.test(after);
}

/** Last characters of nouns that take an amount: 营收600000, 罚款300000, 融资600000 are sums, not codes. */
const AMOUNT_NOUN_END: ReadonlySet<string> = new Set(['收', '潤', '润', '款', '費', '费', '資', '资', '債', '债', '稅', '税', '息', '薪', '支', '損', '损', '虧', '亏']);

/** Last characters of an address: six digits after one are its post code (卫津路 300071), not an A share. */
const ADDRESS_END: ReadonlySet<string> = new Set(['路', '街', '道', '巷', '區', '区', '市', '省', '縣', '县', '鎮', '镇', '村', '號', '号', '樓', '楼', '層', '层', '室', '座']);

/** Units glued after digits that {@link UNIT_CHARS} leaves to the bracketed case: 股, 手, 人, 美元 … */
const GLUED_UNIT_AFTER = /^(?:[股手人份桶噸吨户戶名家度米]|美元|港元|港幣|港币|日圓|日元|歐元|欧元|英鎊|英镑|澳元)/;

function isBareCode(c: CodeCandidate, name: NameBefore, nameText: string, text: string): boolean {
  const digits = c.codeEnd - c.codeStart;
  // One or two digits (匯豐控股（5）, 銀河娛樂（２７）) only after a name that says it is a company.
  if (digits < 3 && !(name.kind === 'name' && (saysCompany(name.key) || saysTrade(name.key)))) return false;
  if (name.kind === 'long') {
    if (!COMPANY_ENDINGS.some((e) => nameText.endsWith(e))) return false;
  } else if (name.kind === 'generic') {
    if (!COMPANY_WORD.test(name.key)) return false;
  } else if (name.kind !== 'name' || NOT_NAME_END.has([...name.key].pop()!)) {
    return false;
  }
  const after = foldWidth(text.slice(c.close, (c.close ?? c.end) + 6));
  const year = digits === 4 && /^(?:19|20)\d\d$/.test(foldWidth(text.slice(c.codeStart, c.codeEnd)));
  if (UNIT_CHARS.has(after[0] ?? '') && !(!year && TIME_WORD_AFTER.test(after))) return false;
  if (/^[ -]?\d/.test(after) && !(digits >= 3 && FIGURE_AFTER.test(after))) return false;
  if (year) return !isYearContext(name, after);
  return true;
}

/**
 * A time word beginning with 年 after the brackets (友邦保險（１２９９）年內第３次…): the sentence's
 * own time, not a unit of the number, when the number is no year (理想汽车（2015）年 is one).
 */
const TIME_WORD_AFTER = /^年[內内初中底末來来度終终]/;

/**
 * A short figure or date glued after a code of three digits or more, a letter, percent sign or Han
 * after it (中际旭创(300308)20cm涨停, 10%; 國泰航空（２９３）１１月載客量): the next figure, not more
 * digits of a phone number ((00852)2345 6789, (852)2345 6789).
 */
const FIGURE_AFTER = /^\d{1,3}[A-Za-z%\u3400-\u9fff]/;

/** A name that ends in a company word after a name of its own: 匯豐控股, 恒生銀行, not 控股 alone. */
function saysCompany(name: string): boolean {
  return COMPANY_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length + 1);
}

/**
 * The trade a company name ends in, as Hong Kong's oldest listed names do (銀河娛樂 27, 信和置業 83,
 * 新世界發展 17, 國泰航空 293, 中華煤氣 3): a name, not a word a note or a count follows (措施（２）).
 */
const TRADE_ENDINGS = /(?:娛樂|娱乐|置業|置业|置地|發展|发展|實業|实业|航空|航運|航运|電力|电力|電能|电能|電訊|电讯|電信|电信|煤氣|煤气|燃氣|燃气|能源|石油|石化|鋼鐵|钢铁|水泥|汽車|汽车|電器|电器|電子|电子|醫藥|医药|製藥|制药|酒店|百貨|百货|國際|国际|鐵路|铁路|港口|船務|船务|物流)$/;

/** A name of two characters or more before a trade it ends in: 銀河娛樂, not 娛樂 alone. */
function saysTrade(name: string): boolean {
  const m = TRADE_ENDINGS.exec(name);
  return m !== null && m.index >= 2 && hasHan(name);
}

/** A bracketed 19xx/20xx is a year unless a plain Han company name stands right before it. */
function isYearContext(name: NameBefore, after: string): boolean {
  if (name.kind !== 'name') return true;
  if (!hasHan(name.key)) return true;
  const last = [...name.key].pop() ?? '';
  if (TIME_CHARS.has(last) || YEARISH.test(name.key)) return true;
  const lastWord = /([A-Za-z]+)$/.exec(name.key)?.[1]?.toLowerCase();
  if (lastWord && TIME_WORDS.has(lastWord)) return true;
  return /^(?:財|财)?年/.test(after);
}

/** Words that go with a year: `年度報告 (2025)`, `五年規劃（2030）`. */
const YEARISH = /[年月]|報告|报告|業績|业绩|計劃|计划|規劃|规划|預算|预算|目標|目标|願景|愿景|財政|财政|預測|预测|展望|版本/;

function hasHan(s: string): boolean {
  for (const ch of s) if (isHan(ch.codePointAt(0)!)) return true;
  return false;
}

const WARRANT_WINDOW = 12;

function isWarrant(c: CodeCandidate, name: NameBefore, text: string, floor: number): boolean {
  if (c.stock.market !== 'HK' || !/^[1256]/.test(c.stock.code)) return false;
  const from = Math.max(floor, Math.min(name.runStart, c.open ?? c.start) - WARRANT_WINDOW);
  const to = Math.min(text.length, (c.close ?? c.end) + WARRANT_WINDOW);
  const window = text.slice(from, to);
  const at = (c.open ?? c.start) - from;
  const line = window.slice(window.lastIndexOf('\n', at) + 1).split('\n', 1)[0]!;
  return WARRANT_PATTERN.test(line);
}
