import type { FigureUnit } from './figure';
import { arabicDigit, chineseDigit, isLiang } from './numeral-chars';
import { isAsciiLetter } from '../text/char-classes';
import { currencyAt, type WrittenCurrency } from './currency';
import { wordSet, skipSpaces, wordAt, charIn } from './words';

/** The unit written after a numeral. */
export interface UnitRead {
  unit: FigureUnit | WrittenCurrency;
  /** UTF-16 index after the unit (and any per-unit or 成 tail). */
  end: number;
  measureWord?: string;
  perUnit?: string;
  /** The numeral is multiplied by this (成 → 10) … */
  scale: number;
  /** … and this is added (一成五 → 10 + 5). */
  add: number;
  /** Only a 成 unit: its numeral must be at most ten. */
  tenths?: boolean;
  /** 三成多: more than the figure. */
  more?: boolean;
}

const PERCENTAGE_POINTS = wordSet(['個百分點', '个百分点', '個百分点', '个百分點', '百分點', '百分点']);
/** Basis points: 減息25點子, 加息25個基點 → 0.25 percentage points. */
const BASIS_POINTS = wordSet(['點子', '点子', '基點', '基点', '個基點', '个基点', '個基点', '个基點', '個點子', '个点子']);
const POINTS = wordSet(['點', '点']);
/** 跌8個點: points of a price (a bond's, of par), not of an index. */
const PRICE_POINTS = wordSet(['個點', '个点', '個点', '个點']);
/** 倍數, 倍增 …: 倍 beginning a word. */
const NOT_MULTIPLE_BEFORE = '數数增';
/** 點鐘, 點半: a time of day. */
const NOT_POINTS_BEFORE = '鐘钟半';
/** 厘 is Hong Kong's word for an interest-rate percent (利率3.5厘), unless it is 厘米, 厘定 … */
const NOT_PERCENT_LI_BEFORE = '米定清訂订';
/** 成為, 成本, 一成不變 …: 成 beginning a word, not tenths. */
const NOT_TENTHS_BEFORE = '為为長长功本交績绩員员立就熟效分果品型年人事形色真全不';

/** Measure words of counts, each with the characters that would make it part of a longer word. */
const MEASURE: Record<string, string> = {
  人次: '', 單位: '', 单位: '',
  款: '項项', 股: '東东價价市票權权息民', 只: '是有要能會会不', 隻: '', 個: '月鐘钟星季', 个: '月钟星季',
  人: '民', 家: '庭', 間: '接隔', 间: '接隔', 宗: '教', 架: '構构', 名: '單单字義义', 位: '數数',
  項: '目', 项: '目', 件: '', 張: '', 张: '', 份: '額额', 輛: '', 辆: '', 艘: '', 部: '分門门署長长',
  台: '灣湾階阶', 座: '', 條: '件例', 条: '件例', 頁: '', 页: '', 戶: '口籍', 户: '口籍', 所: '以有謂谓得在',
  支: '持付出援', 檔: '案', 档: '案', 批: '准評评', 場: '', 场: '', 筆: '記记', 笔: '记', 枚: '', 顆: '', 颗: '',
  // 片: wafers, chips, tablets (部署超過3萬片), not 片刻, 片面, 片區, 片酬 …
  片: '刻面段區区場场酬商名長长頭头尾語语',
  套: '', 棟: '', 栋: '', 幢: '', 手: '續续機机段法術术錶表指腳脚腕臂套足',
  // 伙: flats of a new block (首批推出338伙)
  伙: '食計计伴',
  // 噸, 桶: tonnes and barrels of output or capacity (產能150萬噸, 日產50萬桶), not 噸位, 萬噸級, 桶裝.
  噸: '位級级', 吨: '位级', 桶: '裝装',
  種: '植', 种: '植', 類: '', 类: '', 單: '日', 单: '日', 次: '日要級级貸贷', 例: '如外',
};
const MEASURE_WORDS = wordSet(Object.keys(MEASURE));
/** 個月, 個小時, 個交易日 …: durations, not counts. */
const DURATION_AFTER_GE = wordSet(['小時', '小时', '交易日', '工作天', '工作日', '年頭']);

const PER_UNITS = wordSet(['股', '桶', '盎司', '安士', '噸', '吨', '克', '公斤', '手', '份', '單位', '单位', '人', '月', '年', '日', '天', '晚', '平方呎', '呎', '平方米', '斤', '隻', '只', '個', '个']);

/**
 * The unit written at `i`, after up to eight spaces: % (and 厘 for rates), 個百分點 (and basis
 * points: 點子, 基點), 成 (tenths: 一成五, 三成多), a currency (with a per-unit tail: 港元/股),
 * 倍 or a glued x (multiples), 個點 (points of a price), 點 (index points) or a count's measure word.
 */
export function readUnit(text: string, i: number): UnitRead | undefined {
  const p = skipSpaces(text, i);
  const c = text.charAt(p);
  if (c === '%' || c === '％') return { unit: 'percent', end: p + 1, scale: 1, add: 0 };
  if ((c === '厘' || c === '釐') && !charIn(NOT_PERCENT_LI_BEFORE, text, p + 1)) return { unit: 'percent', end: p + 1, scale: 1, add: 0 };
  if (c === '‰') return { unit: 'percent', end: p + 1, scale: 0.1, add: 0 };
  const pp = wordAt(text, p, PERCENTAGE_POINTS);
  if (pp !== undefined) return { unit: 'percentagePoints', end: p + pp.length, scale: 1, add: 0 };
  const bp = wordAt(text, p, BASIS_POINTS);
  if (bp !== undefined) return { unit: 'percentagePoints', end: p + bp.length, scale: 0.01, add: 0 };
  if (c === '成') return tenths(text, p);
  if (c === '倍' && !charIn(NOT_MULTIPLE_BEFORE, text, p + 1)) return { unit: 'x', end: p + 1, scale: 1, add: 0 };
  if (p === i && isMultipleX(text, p)) return { unit: 'x', end: p + 1, scale: 1, add: 0 };
  const pricePoints = wordAt(text, p, PRICE_POINTS);
  if (pricePoints !== undefined) return { unit: 'pricePoints', end: p + pricePoints.length, scale: 1, add: 0 };
  const money = currencyAt(text, p);
  if (money) return { unit: money.currency, end: money.end, scale: 1, add: 0, ...perUnit(text, money.end) };
  if (wordAt(text, p, POINTS) !== undefined && !charIn(NOT_POINTS_BEFORE, text, p + 1)) {
    return { unit: 'points', end: p + 1, scale: 1, add: 0 };
  }
  const mw = wordAt(text, p, MEASURE_WORDS);
  if (mw !== undefined) {
    const end = p + mw.length;
    if (charIn(MEASURE[mw]!, text, end)) return undefined;
    if ((mw === '個' || mw === '个') && wordAt(text, end, DURATION_AFTER_GE) !== undefined) return undefined;
    return { unit: 'count', end, measureWord: mw, scale: 1, add: 0 };
  }
  return undefined;
}

/**
 * An `x` of a multiple glued to its number (PB 0.8x, 12.5X): a lone letter, no letter or digit
 * after it (0.8xA, 3x3 are names).
 */
export function isMultipleX(text: string, p: number): boolean {
  const c = text.charAt(p);
  if (c !== 'x' && c !== 'X' && c !== '×') return false;
  const next = text.charCodeAt(p + 1);
  return !(isAsciiLetter(next) || arabicDigit(next) >= 0);
}

function tenths(text: string, p: number): UnitRead | undefined {
  if (charIn(NOT_TENTHS_BEFORE, text, p + 1)) return undefined;
  const base = { unit: 'percent' as const, scale: 10, tenths: true };
  if (text.charAt(p + 1) === '半') return { ...base, end: p + 2, add: 5 };
  if (text.charAt(p + 1) === '多') return { ...base, end: p + 2, add: 0, more: true };
  const q = skipSpaces(text, p + 1, 2);
  const c = text.charCodeAt(q);
  const d = chineseDigit(c, false);
  const next = text.charCodeAt(q + 1);
  const spacedOk = q === p + 1 || !(next >= 0x4e00 && next <= 0x9fff);
  if (d > 0 && !isLiang(c) && spacedOk && chineseDigit(next, false) < 0 && text.charAt(q + 1) !== '成') return { ...base, end: q + 1, add: d };
  return { ...base, end: p + 1, add: 0 };
}

/** A per-unit tail at `i` (/股, ／桶), or nothing. */
export function perUnit(text: string, i: number): { perUnit: string; end: number } | Record<string, never> {
  const c = text.charAt(i);
  if (c !== '/' && c !== '／') return {};
  const w = wordAt(text, i + 1, PER_UNITS);
  return w === undefined ? {} : { perUnit: w, end: i + 1 + w.length };
}
