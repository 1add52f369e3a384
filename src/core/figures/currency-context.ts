import type { Market } from '../stocks/stock-mention';
import type { YuanCurrency } from './figure';

/** A stock the text names, in UTF-16 units of the text, with the market it trades on. */
export interface StockPlace {
  readonly start: number;
  readonly end: number;
  readonly market: Market;
}

/** What a bare 元 or `$` can be decided as. */
export type DecidedCurrency = YuanCurrency | 'USD' | 'JPY' | 'TWD' | 'KRW';

const NAMED: Record<string, DecidedCurrency> = {
  港元: 'HKD', 港幣: 'HKD', 港币: 'HKD', 港圓: 'HKD', 港圆: 'HKD', HKD: 'HKD', HK$: 'HKD',
  人民幣: 'CNY', 人民币: 'CNY', 人幣: 'CNY', 人币: 'CNY', RMB: 'CNY', CNY: 'CNY',
  美元: 'USD', 美金: 'USD', USD: 'USD', US$: 'USD',
  日圓: 'JPY', 日圆: 'JPY', 日元: 'JPY', JPY: 'JPY',
  新台幣: 'TWD', 新台币: 'TWD', 新臺幣: 'TWD', 台幣: 'TWD', 台币: 'TWD', 臺幣: 'TWD', TWD: 'TWD', NT$: 'TWD',
  韓圜: 'KRW', 韓元: 'KRW', 韓圓: 'KRW', 韓幣: 'KRW', 韩元: 'KRW', 韩圆: 'KRW', 韩币: 'KRW', KRW: 'KRW',
};
const NAMES = Object.keys(NAMED).map((w) => w.replace('$', '\\$')).join('|');
/** A currency named in a clause: the last one wins. */
const NAMED_IN_CLAUSE = new RegExp(`(${NAMES})(?![A-Za-z])`, 'g');
/** A currency carried by 下同 (「人民幣，下同」, 「(單位：港元，下同)」, 「人民幣（下同）」). */
const CARRIED = new RegExp(`(${NAMES})[^。！？\\n]{0,6}?下同`, 'g');

/** The currency of each market's shares (H shares trade in Hong Kong: HKD). */
const MARKET_CURRENCY: Record<Market, DecidedCurrency> = { HK: 'HKD', SH: 'CNY', SZ: 'CNY', BJ: 'CNY', US: 'USD', JP: 'JPY', KR: 'KRW', TW: 'TWD' };
/** A clause naming the class of share it prices: H股 and 港股 trade in HKD, A股 in CNY. */
const SHARE_CLASS = /(?<![A-Za-z])([AH])股|(港股|美股|台股|臺股|日股|韓股|韩股)/;
const SHARE_CLASS_ALL = new RegExp(SHARE_CLASS.source, 'g');
const CLASS_CURRENCY: Record<string, DecidedCurrency> = { A: 'CNY', H: 'HKD', 港股: 'HKD', 美股: 'USD', 台股: 'TWD', 臺股: 'TWD', 日股: 'JPY', 韓股: 'KRW', 韩股: 'KRW' };
/**
 * A clause about a share's price or turnover (股價, 報, 收市, 成交, 配售, 招股價, 市值, 每股, 目標價):
 * such an amount is in the currency the share trades in. Not 收入 or 收益 (revenue is reported
 * in the company's own currency).
 */
const PRICE_OR_TURNOVER =
  /股價|股价|[報报]|收(?![入益購购])|成交|配售|配股|招股|市值|每股|目標價|目标价|沽空|高見|高见|低見|低见|開市|开市|[升跌漲涨]至|[買賣买卖]超|[淨净][買賣买卖]/;
/**
 * Results and payouts per share (每股收益, 每股盈利, 每股派息, 每股淨資產): reported in the company's
 * own currency, not the one its shares trade in.
 */
const PER_SHARE_RESULT = /每股(?:基本|攤薄|摊薄)?(?:收益|盈利|盈餘|盈余|淨資產|净资产|派|股息|分[紅红]|現金|现金)|(?:股息|派息|派發|派发|分[紅红])[^，。；]{0,8}$/;
/** The clause quotes the share itself (收報, 股價, 成交): the market it trades on outranks a 下同. */
const QUOTE = /股價|股价|收[報报市盘盤]|[報报]價|[報报]价|成交/;

/** The currency the last 下同 of a text carries on to what follows it, if any. */
export function carriedCurrency(text: string): DecidedCurrency | undefined {
  return carriedCurrencies(text).at(-1)?.currency;
}

/** Where the text carries a currency with 下同, in order: from `at` on, a bare 元 is `currency`. */
export function carriedCurrencies(text: string): { at: number; currency: DecidedCurrency }[] {
  if (!text.includes('下同')) return [];
  const out: { at: number; currency: DecidedCurrency }[] = [];
  CARRIED.lastIndex = 0;
  for (let m = CARRIED.exec(text); m; m = CARRIED.exec(text)) out.push({ at: m.index, currency: NAMED[m[1]!]! });
  return out;
}

/** What the figure's surroundings say about its bare 元 or `$`. */
export interface CurrencyContext {
  /** The figure's clause before it (from the clause's start or the previous figure). */
  readonly pre: string;
  /** UTF-16 index of the figure, and of its sentence's start. */
  readonly start: number;
  readonly sentenceStart: number;
  readonly perUnit?: string | undefined;
  /** The currency carried by an earlier 下同 (of this text or an earlier paragraph). */
  readonly carried: DecidedCurrency | undefined;
  /** Stocks named in the text, sorted by start. */
  readonly stocks: readonly StockPlace[];
  /** The figure's sentence before it (台股盤前：三大法人賣超…), where the clause names no market. */
  readonly sentence?: string;
}

/**
 * The currency a bare 元 (or `$`) stands for at one figure, or undefined to keep the page's: the
 * currency its clause names (以港元計的成交額1200億元); one carried by 下同; for a share's price or
 * turnover, the currency of the market the share trades on (the nearest stock the sentence names
 * before it, or a 港股/H股/A股 in the clause: an HK-listed share's 元 is HKD, an A share's CNY).
 *
 * @example
 * decideCurrency({ pre: '股價收報', start: 12, sentenceStart: 0, carried: undefined,
 *   stocks: [{ start: 0, end: 10, market: 'HK' }] }) // 'HKD'
 */
export function decideCurrency(ctx: CurrencyContext): DecidedCurrency | undefined {
  let named: string | undefined;
  NAMED_IN_CLAUSE.lastIndex = 0;
  for (let m = NAMED_IN_CLAUSE.exec(ctx.pre); m; m = NAMED_IN_CLAUSE.exec(ctx.pre)) named = m[1];
  if (named !== undefined) return NAMED[named];
  // A 下同 carries the company's reporting currency, not the price of another company's shares.
  const market = ctx.carried === undefined || QUOTE.test(ctx.pre) ? marketCurrency(ctx) : undefined;
  return market ?? ctx.carried;
}

/**
 * For a share's price or turnover, the currency of the market it trades on, if the text says; for
 * a result per share, the currency of the country whose market lists the company at home (an A
 * share's CNY, a Taipei or Seoul share's TWD or KRW; not Hong Kong's or New York's, where companies
 * from elsewhere list and report in their own currency). Not the value of a fund's holding
 * (持倉市值), which is in the holder's currency.
 */
function marketCurrency(ctx: CurrencyContext): DecidedCurrency | undefined {
  const result = PER_SHARE_RESULT.test(ctx.pre);
  if ((!result && ctx.perUnit !== '股' && !PRICE_OR_TURNOVER.test(ctx.pre)) || HOLDING.test(ctx.pre)) return undefined;
  const cls = result ? null : SHARE_CLASS.exec(ctx.pre);
  if (cls) return CLASS_CURRENCY[cls[1] ?? cls[2]!];
  const stock = nearestBefore(ctx.stocks, ctx.start, ctx.sentenceStart);
  if (!stock) return result ? undefined : sentenceClass(ctx.sentence);
  return result ? HOME_CURRENCY[stock.market] : MARKET_CURRENCY[stock.market];
}

/** The currency of the last class of share a sentence names (台股盤前：… 賣超156億元), if any. */
function sentenceClass(sentence: string | undefined): DecidedCurrency | undefined {
  if (sentence === undefined) return undefined;
  let last: RegExpExecArray | null = null;
  SHARE_CLASS_ALL.lastIndex = 0;
  for (let m = SHARE_CLASS_ALL.exec(sentence); m; m = SHARE_CLASS_ALL.exec(sentence)) last = m;
  return last ? CLASS_CURRENCY[last[1] ?? last[2]!] : undefined;
}

/** Markets whose listed companies report in the market's own currency. */
const HOME_CURRENCY: Partial<Record<Market, DecidedCurrency>> = { SH: 'CNY', SZ: 'CNY', BJ: 'CNY', JP: 'JPY', KR: 'KRW', TW: 'TWD' };
/** The value of a holding (a fund's 持倉市值, 持股市值): in the holder's currency, not the share's. */
const HOLDING = /持[倉仓股有][^，。；]{0,4}市值/;

/** The last stock that ends at or before `start` and begins at or after `from`. */
function nearestBefore(stocks: readonly StockPlace[], start: number, from: number): StockPlace | undefined {
  let lo = 0;
  let hi = stocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stocks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = stocks[lo - 1];
  return s && s.start >= from ? s : undefined;
}
