import { scriptBalance } from '../script/detect-script';
import type { YuanCurrency } from './figure';

const HONG_KONG = ['港元', '港幣', '港币', 'HK$', 'HKD'];
const MAINLAND = ['人民幣', '人民币', '人幣', '人币', 'RMB', 'CNY'];
/** Signs of a Hong Kong market page: its bare 元 are Hong Kong dollars, however often it names the renminbi. */
const HONG_KONG_MARKET = /港股|恒指|恒生|香港|聯交所|國指|\.HK|ＨＫ/;

function mentions(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) n++;
  return n;
}

/**
 * What a bare 元 (or `$`) means on this page. Simplified text is a mainland publication: CNY.
 * Traditional text is a Hong Kong one: HKD, unless the page names the renminbi more often than
 * the Hong Kong dollar (and at least twice) and shows no sign of Hong Kong's market (港股, 恒指,
 * .HK …): a Hong Kong wire naming 人幣 twice still prices its shares in HKD. Without either script, the mentions decide, HKD on a tie.
 *
 * @example
 * guessYuanCurrency('东航营收586亿元') // 'CNY'
 * guessYuanCurrency('恒指收市報20225點，成交額1200億元') // 'HKD'
 */
export function guessYuanCurrency(pageText: string): YuanCurrency {
  const script = scriptBalance(pageText);
  if (script < 0) return 'CNY';
  const hk = mentions(pageText, HONG_KONG);
  const mainland = mentions(pageText, MAINLAND);
  if (script > 0) return mainland > hk && mainland >= 2 && !HONG_KONG_MARKET.test(pageText) ? 'CNY' : 'HKD';
  return mainland > hk ? 'CNY' : 'HKD';
}
