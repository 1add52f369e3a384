import type { FigureUnit, Qualifier } from './figure';
import type { Script } from './format';

/** A word written in each script. */
export interface Words {
  readonly hant: string;
  readonly hans: string;
}

/**
 * The words a figure is read back with, in both scripts: its currency, points, the hedge a page
 * put on it (逾, 近, 約 …), ranges and 各. One table for the tooltip (`describeFigure`) and the
 * charts (`src/core/charts/format.ts`), so the two always say the same.
 */
export const CURRENCY_WORDS: Partial<Record<FigureUnit, Words>> = {
  USD: { hant: '美元', hans: '美元' },
  HKD: { hant: '港元', hans: '港元' },
  CNY: { hant: '人民幣', hans: '人民币' },
  EUR: { hant: '歐元', hans: '欧元' },
  JPY: { hant: '日圓', hans: '日元' },
  GBP: { hant: '英鎊', hans: '英镑' },
  TWD: { hant: '新台幣', hans: '新台币' },
  KRW: { hant: '韓圜', hans: '韩元' },
  MOP: { hant: '澳門元', hans: '澳门元' },
};
export const POINTS_WORD: Words = { hant: '點', hans: '点' };
export const PRICE_POINTS_WORD: Words = { hant: '個點', hans: '个点' };
export const MULTIPLE_WORD: Words = { hant: '倍', hans: '倍' };
export const PERCENTAGE_POINTS_WORD: Words = { hant: '個百分點', hans: '个百分点' };
export const TO_WORD: Words = { hant: '至', hans: '至' };
export const MORE_WORD: Words = { hant: '多', hans: '多' };
export const EACH_WORD: Words = { hant: '各', hans: '各' };

const QUALIFIER_WORDS: Record<Qualifier, Words> = {
  over: { hant: '逾', hans: '逾' },
  nearly: { hant: '近', hans: '近' },
  about: { hant: '約', hans: '约' },
  atLeast: { hant: '至少', hans: '至少' },
  atMost: { hant: '至多', hans: '至多' },
  moreThan: { hant: '多', hans: '多' },
  exact: { hant: '', hans: '' },
};

/** The hedge a page put on a figure (逾, 近, 約 …), in the given script; '' for an exact one. */
export function qualifierWord(q: Qualifier, script: Script): string {
  return QUALIFIER_WORDS[q][script];
}
