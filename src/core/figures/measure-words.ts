import type { Script } from './format';

/**
 * Measure words and per-units that are written differently in the two scripts, so a description
 * reads in one script throughout (800億個 → 800亿个). Words the same in both are not listed.
 */
const PAIRS: readonly [hant: string, hans: string][] = [
  ['個', '个'], ['隻', '只'], ['項', '项'], ['張', '张'], ['輛', '辆'], ['間', '间'], ['條', '条'], ['頁', '页'],
  ['戶', '户'], ['檔', '档'], ['場', '场'], ['筆', '笔'], ['顆', '颗'], ['棟', '栋'], ['種', '种'], ['類', '类'],
  ['單位', '单位'], ['單', '单'], ['噸', '吨'],
];
const TO_HANS = new Map(PAIRS.map(([t, s]) => [t, s]));
const TO_HANT = new Map(PAIRS.map(([t, s]) => [s, t]));

/** A measure word in the given script. */
export function inScript(word: string, script: Script): string {
  return (script === 'hans' ? TO_HANS : TO_HANT).get(word) ?? word;
}
