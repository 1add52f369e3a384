import type { Qualifier } from './figure';
import { wordSet, wordAt, wordBefore, charIn } from './words';

const PREFIX: Record<string, Qualifier> = {
  不超過: 'atMost', 不超过: 'atMost', 不多於: 'atMost', 不多于: 'atMost', 不高於: 'atMost', 不高于: 'atMost',
  不超: 'atMost', 最多: 'atMost', 至多: 'atMost',
  不少於: 'atLeast', 不少于: 'atLeast', 不低於: 'atLeast', 不低于: 'atLeast', 至少: 'atLeast', 最少: 'atLeast',
  起碼: 'atLeast', 起码: 'atLeast',
  約為: 'about', 约为: 'about', 大約: 'about', 大约: 'about', 大概: 'about', 約: 'about', 约: 'about',
  接近: 'nearly', 逼近: 'nearly', 將近: 'nearly', 将近: 'nearly', 幾近: 'nearly', 几近: 'nearly', 差不多: 'nearly', 近: 'nearly',
  超過: 'over', 超过: 'over', 逾: 'over', 超: 'over',
  多於: 'moreThan', 多于: 'moreThan',
};
const PREFIX_WORDS = wordSet(Object.keys(PREFIX));

/**
 * A one-character qualifier is a word's tail after these (最近, 附近, 合約, 節約, 趕超; 買超 and
 * 賣超 are Taiwan's net buying and selling; 買入超 is still "bought over").
 */
const NOT_AFTER: Record<string, string> = {
  近: '最附靠親亲貼贴相鄰邻',
  約: '合契條公簽預履違節制邀相特', 
  约: '合契条公签预履违节制邀相特',
  超: '趕赶高買买賣卖',
};

const SUFFIX: Record<string, Qualifier> = {
  以上: 'atLeast', 之上: 'over', 以下: 'atMost', 之下: 'atMost', 以內: 'atMost', 以内: 'atMost',
  左右: 'about', 上下: 'about', 有餘: 'moreThan', 有余: 'moreThan',
};
const SUFFIX_WORDS = wordSet(Object.keys(SUFFIX));
/** 上下游, 上下班 … are words, not "about". */
const NOT_BEFORE_SHANGXIA = '游班文級级兩两其樓楼車车';

/** The qualifier written just before `i` (接近45000點, 超1.1億股), or undefined. */
export function qualifierBefore(text: string, i: number, floor: number): { qualifier: Qualifier; start: number } | undefined {
  const w = wordBefore(text, i, PREFIX_WORDS, floor);
  if (w === undefined) return undefined;
  const start = i - w.length;
  const guard = NOT_AFTER[w];
  if (guard !== undefined && start > 0 && charIn(guard, text, start - 1)) return undefined;
  const qualifier = PREFIX[w];
  return qualifier ? { qualifier, start } : undefined;
}

/** The qualifier written just after a figure (兩萬點之上, 100億左右), or undefined. */
export function qualifierAfter(text: string, i: number): { qualifier: Qualifier; end: number } | undefined {
  const w = wordAt(text, i, SUFFIX_WORDS);
  if (w === undefined) return undefined;
  if (w === '上下' && charIn(NOT_BEFORE_SHANGXIA, text, i + 2)) return undefined;
  const qualifier = SUFFIX[w];
  return qualifier ? { qualifier, end: i + w.length } : undefined;
}
