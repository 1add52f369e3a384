import type { Script } from '../script/detect-script';

/**
 * One of the UI's words. Mostly a string in Hong Kong Traditional, shown in Simplified by
 * converting its characters (數據 → 数据). Where the two regions say a different word, not just
 * the same word in other characters (匯出 / 导出, 檔案 / 文件, 預設 / 默认), both are written out:
 * converting characters would give a Hong Kong word in mainland characters (汇出), which a
 * mainland reader doesn't say.
 */
export type UiWord = string | { readonly hant: string; readonly hans: string };

/**
 * A UI word in `script`: a regional pair gives its own word, anything else is converted by
 * characters with `toHans` (the converter page text is shown with).
 *
 * @example
 * uiWord('數字', 'hans', hk2s) // '数字'
 * uiWord({ hant: '匯出 CSV', hans: '导出 CSV' }, 'hans', hk2s) // '导出 CSV'
 */
export function uiWord(word: UiWord, script: Script, toHans: (hant: string) => string): string {
  if (typeof word !== 'string') return word[script];
  return script === 'hant' ? word : toHans(word);
}
