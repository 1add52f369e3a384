/**
 * Exchange rates: a bare number after two currencies named as a pair (`USD/HKD 7.8`,
 * `美元兌港元報7.8`, `離岸人民幣兌美元報7.2850`) is a rate. Dealers quote a pair in the weaker
 * currency per unit of the stronger whichever way the words run (`人民幣兌美元7.28` is 7.28 yuan
 * to the dollar), so the rate's unit is the weaker currency, per the stronger.
 */
export type FxCurrency = 'GBP' | 'EUR' | 'USD' | 'CNY' | 'HKD' | 'TWD' | 'JPY' | 'KRW';

/** Stronger first: the order a pair is quoted in (GBP/USD, EUR/USD, USD/CNY, CNY/HKD, USD/JPY). */
const STRENGTH: readonly FxCurrency[] = ['GBP', 'EUR', 'USD', 'CNY', 'HKD', 'TWD', 'JPY', 'KRW'];

/** The base currency's name for the rate's per-unit (7.8港元/美元). */
const NAME: Record<FxCurrency, string> = { GBP: '英鎊', EUR: '歐元', USD: '美元', CNY: '人民幣', HKD: '港元', TWD: '新台幣', JPY: '日圓', KRW: '韓圜' };

const WORDS: Record<FxCurrency, string> = {
  USD: '美元|美金|USD|US\\$',
  HKD: '港元|港幣|港币|HKD',
  CNY: '離岸人民幣|离岸人民币|在岸人民幣|在岸人民币|人民幣|人民币|人幣|人币|CNY|CNH|RMB',
  JPY: '日圓|日圆|日元|日幣|日币|JPY',
  EUR: '歐元|欧元|EUR',
  GBP: '英鎊|英镑|GBP',
  TWD: '新台幣|新台币|新臺幣|台幣|台币|臺幣|TWD',
  KRW: '韓圜|韓元|韓圓|韓幣|韩元|韩圆|韩币|KRW',
};

const ANY = Object.values(WORDS).join('|');
/**
 * Two currencies joined as a pair (兌, 兑, 對, 对, a slash), then up to eight characters of what
 * the rate did (報, 收報, 一度升至, 匯價), with no number or clause break between: the clause's end.
 */
const PAIR = new RegExp(`(${ANY})\\s*(?:兌|兑|對|对|/|／)\\s*(${ANY})(?:匯價|汇价|匯率|汇率)?[^0-9０-９，,。；;：:]{0,8}$`);

function currencyOf(word: string): FxCurrency | undefined {
  return (Object.keys(WORDS) as FxCurrency[]).find((c) => new RegExp(`^(?:${WORDS[c]})$`).test(word));
}

export interface FxPair {
  /** The stronger currency: what one unit of is priced. */
  readonly base: FxCurrency;
  /** The weaker: the rate's unit. */
  readonly quote: FxCurrency;
  /** The base's name, the rate's per-unit. */
  readonly per: string;
  /** The pair as the text names it (美元兌港元, USD/HKD). */
  readonly named: string;
}

/**
 * The renminbi quoted alone, against the dollar by convention: the central parity (人民幣中間價報
 * 7.1085, 人民币兑美元中间价, Hong Kong's 人幣中間價) and the offshore or onshore rate (離岸人民幣報7.13):
 * yuan per dollar.
 */
const CNY_ALONE = /(?:(?:離岸|离岸|在岸)(?:人民幣|人民币|人幣|人币)|(?:人民幣|人民币|人幣|人币)(?:兌美元|兑美元)?(?:中間價|中间价))[報报收盤盘市早午日升跌貶贬值至於于在約约一度曾再]{0,8}$/;

/**
 * The Hong Kong dollar's peg, quoted alone against the US dollar: its convertibility undertakings
 * (弱方兌換保證為7.85, 強方兌換保證7.75): HK dollars per dollar.
 */
const HKD_PEG = /(?:[強强弱]方)?(?:兌換保證|兑换保证)(?:水平)?[為为報报在於于是約约]{0,2}$/;

/**
 * The Hong Kong dollar quoted alone, against the US dollar as its peg is: 港匯報7.7825, 港元匯價收
 * 7.8. HK dollars per dollar. (Not 港匯指數, the trade-weighted index, whose level is no rate.)
 */
const HKD_ALONE = /(?:港匯|港汇|港元匯價|港元汇价)(?:現貨|现货|即期)?[報报收盤盘市早午日升跌轉转強强弱貶贬值至於于在約约一度曾再]{0,8}$/;

/** The currency pair a clause ends by naming, if a bare number after it would be its rate. */
export function fxPairBefore(pre: string): FxPair | undefined {
  const m = PAIR.exec(pre);
  if (!m) {
    const peg = HKD_PEG.exec(pre);
    if (peg) return { base: 'USD', quote: 'HKD', per: NAME.USD, named: peg[0].replace(/[為为報报在於于是約约]+$/u, '') };
    const hkd = HKD_ALONE.exec(pre);
    if (hkd) return { base: 'USD', quote: 'HKD', per: NAME.USD, named: hkd[0].replace(/[報报收盤盘市早午日升跌轉转強强弱貶贬值至於于在約约一度曾再]+$/u, '') };
    const alone = CNY_ALONE.exec(pre);
    if (!alone) return undefined;
    const named = alone[0].replace(/[^\u3400-\u9fff]+$/u, '').replace(/(?:報|报|收報|收报|一度|升至|跌至|約|约|於|于|在)+$/u, '');
    return { base: 'USD', quote: 'CNY', per: NAME.USD, named };
  }
  const a = currencyOf(m[1]!);
  const b = currencyOf(m[2]!);
  if (!a || !b || a === b) return undefined;
  const [base, quote] = STRENGTH.indexOf(a) < STRENGTH.indexOf(b) ? [a, b] : [b, a];
  const named = pre.slice(m.index, m.index + m[0].length).replace(/[^A-Za-z$\u3400-\u9fff/／]+$/u, '').trim();
  return { base, quote, per: NAME[base], named: named.replace(/(?:匯價|汇价|匯率|汇率)?(?:報|报|收報|收报|一度|升至|跌至|回落至|上升至|下跌至|約|约|於|于|在)+$/u, '') };
}

/**
 * The pair as the rate reads it: a rate under 1 is the stronger currency per the weaker (日圓兌港元
 * 0.0521 is HK dollars per yen, 港元兌人民幣0.92 yuan per HK dollar), so base and quote swap.
 */
export function orientRate(pair: FxPair, value: number): FxPair {
  return value >= 1 ? pair : { ...pair, base: pair.quote, quote: pair.base, per: NAME[pair.quote] };
}

/** Whether a value is a plausible rate of a pair: above 0, under 10,000 of the weaker per the stronger. */
export function plausibleRate(value: number): boolean {
  return value > 0 && value < 10_000;
}
