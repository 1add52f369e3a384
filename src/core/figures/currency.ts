import type { FigureUnit, YuanCurrency } from './figure';
import { isAsciiLetter } from '../text/char-classes';
import { wordSet, skipSpaces, wordAt, wordBefore, charIn } from './words';

/** A currency as written: a known one, the page's 元, or a bare `$`. */
export type WrittenCurrency = FigureUnit | 'yuan' | 'dollar';

const SUFFIX: Record<string, WrittenCurrency> = {
  美元: 'USD', 美金: 'USD',
  港元: 'HKD', 港幣: 'HKD', 港币: 'HKD', 港圓: 'HKD', 港圆: 'HKD',
  人民幣: 'CNY', 人民币: 'CNY', 人幣: 'CNY', 人币: 'CNY',
  歐元: 'EUR', 欧元: 'EUR',
  日圓: 'JPY', 日圆: 'JPY', 日元: 'JPY',
  英鎊: 'GBP', 英镑: 'GBP',
  新台幣: 'TWD', 新台币: 'TWD', 新臺幣: 'TWD', 台幣: 'TWD', 台币: 'TWD', 臺幣: 'TWD',
  // The won: 韓圜 in Hong Kong, 韓元 on the mainland and in Taiwan, 韓幣 in speech.
  韓圜: 'KRW', 韓元: 'KRW', 韓圓: 'KRW', 韓幣: 'KRW', 韩元: 'KRW', 韩圆: 'KRW', 韩币: 'KRW',
  // The pataca: 澳門元 (澳門幣, 葡幣 in speech); not 澳元, the Australian dollar.
  澳門元: 'MOP', 澳门元: 'MOP', 澳門幣: 'MOP', 澳门币: 'MOP', 葡幣: 'MOP', 葡币: 'MOP',
  元: 'yuan',
};
const SUFFIX_WORDS = wordSet(Object.keys(SUFFIX));
/** A currency's name written after 元 (2,301.5億元人民幣, 91.18元人民币, 500元港幣, 3萬元新台幣). */
const YUAN_NAMED: Record<string, WrittenCurrency> = {
  人民幣: 'CNY', 人民币: 'CNY', 港幣: 'HKD', 港币: 'HKD', 美金: 'USD', 新台幣: 'TWD', 新台币: 'TWD', 新臺幣: 'TWD',
};
const YUAN_NAMED_WORDS = wordSet(Object.keys(YUAN_NAMED));
/** 元素, 元旦, 元首 …: 元 starting another word. */
const NOT_YUAN_BEFORE = '素旦首老宇件氣气朝宵年';

const CODES: Record<string, WrittenCurrency> = {
  USD: 'USD', HKD: 'HKD', CNY: 'CNY', RMB: 'CNY', EUR: 'EUR', JPY: 'JPY', GBP: 'GBP', TWD: 'TWD', KRW: 'KRW', MOP: 'MOP',
};
const CODE_WORDS = wordSet(Object.keys(CODES));

const PREFIX: Record<string, WrittenCurrency> = {
  ...CODES,
  US$: 'USD', HK$: 'HKD', NT$: 'TWD', 'JP¥': 'JPY', '¥': 'CNY', '￥': 'CNY', '€': 'EUR', '£': 'GBP', $: 'dollar',
  人民幣: 'CNY', 人民币: 'CNY', 港幣: 'HKD', 港币: 'HKD', 美金: 'USD',
  新台幣: 'TWD', 新台币: 'TWD', 新臺幣: 'TWD', 台幣: 'TWD', 台币: 'TWD', '₩': 'KRW', '￦': 'KRW',
  MOP$: 'MOP',
};
const PREFIX_WORDS = wordSet(Object.keys(PREFIX));

/** The currency word written at `i` (美元, 港元, 億元's 元, USD …) and where it ends. */
export function currencyAt(text: string, i: number): { currency: WrittenCurrency; end: number } | undefined {
  const w = wordAt(text, i, SUFFIX_WORDS);
  if (w !== undefined) {
    if (w === '元' && charIn(NOT_YUAN_BEFORE, text, i + 1)) return undefined;
    // 30億元人民幣, 100元港幣: the 元's currency named after it.
    const named = w === '元' ? wordAt(text, i + 1, YUAN_NAMED_WORDS) : undefined;
    if (named !== undefined) return { currency: YUAN_NAMED[named]!, end: i + 1 + named.length };
    return { currency: SUFFIX[w]!, end: i + w.length };
  }
  const code = wordAt(text, i, CODE_WORDS);
  if (code !== undefined && !isAsciiLetter(text.charCodeAt(i + 3))) return { currency: CODES[code]!, end: i + 3 };
  return undefined;
}

/** A currency written before a number ending at `i` (US$, HK$, RMB, 人民幣, ¥), or undefined. */
export function currencyBefore(text: string, i: number, floor: number): { currency: WrittenCurrency; start: number } | undefined {
  for (let p = i; p >= Math.max(floor, i - 2); p--) {
    const w = wordBefore(text, p, PREFIX_WORDS, floor);
    if (w !== undefined) {
      const start = p - w.length;
      if (/^[A-Z]/.test(w) && start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) return undefined;
      // USD/HKD 7.8 quotes an exchange rate (HK dollars per US dollar), not an amount in HKD.
      if (/^[A-Z]/.test(w) && /[A-Z]{3}\s?[/／]\s?$/.test(text.slice(Math.max(0, start - 5), start))) return undefined;
      return { currency: PREFIX[w]!, start };
    }
    if (p > floor && skipSpaces(text, p - 1, 1) !== p) break;
  }
  return undefined;
}

/** A currency written before a number starting at or after `i`, reading forwards (range ends). */
export function currencyPrefixAt(text: string, i: number): { currency: WrittenCurrency; end: number } | undefined {
  const w = wordAt(text, i, PREFIX_WORDS);
  return w === undefined ? undefined : { currency: PREFIX[w]!, end: skipSpaces(text, i + w.length, 2) };
}

/** The unit a written currency stands for on this page. */
export function resolveCurrency(c: WrittenCurrency, yuan: YuanCurrency): FigureUnit {
  if (c === 'yuan') return yuan;
  if (c === 'dollar') return yuan === 'HKD' ? 'HKD' : 'USD';
  return c;
}
