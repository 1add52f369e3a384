import { scriptBalance } from '../script/detect-script';
import type { YuanCurrency } from './figure';

const HONG_KONG = ['港元', '港幣', '港币', 'HK$', 'HKD'];
const MAINLAND = ['人民幣', '人民币', '人幣', '人币', 'RMB', 'CNY'];

function mentions(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) n++;
  return n;
}

/**
 * What a bare 元 (or `$`) means on this page. Simplified text is a mainland publication: CNY.
 * Traditional text is a Hong Kong one: HKD, unless the page names the renminbi more often than
 * the Hong Kong dollar (and at least twice). Without either script, the mentions decide, HKD on a tie.
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
  if (script > 0) return mainland > hk && mainland >= 2 ? 'CNY' : 'HKD';
  return mainland > hk ? 'CNY' : 'HKD';
}
