/**
 * The UI's own words, in one table. Each is written in Hong Kong Traditional Chinese and shown
 * in Simplified by converting its characters, the same machinery as page text, so there is no
 * second, hand-kept copy to drift out of step; where the mainland says a different word (復原 /
 * 撤销, 載入 / 加载), the entry holds both (see `UiWord`). `words.test.ts` checks every word
 * against regional vocabulary in both directions.
 */
import type { BACKUP_UI } from './strings-backup';
import type { CHARTS_UI } from './strings-charts';
import type { DESK_UI } from './strings-desk';
import type { FACTS_UI } from './strings-facts';
import type { HIGHLIGHTS_UI } from './strings-highlights';
import type { LIBRARY_UI } from './strings-library';
import type { READING_UI } from './strings-reading';
import type { SERIES_UI } from './strings-series';
import type { WATCHLIST_UI } from './strings-watchlist';
import type { UiWord } from './words';

const APP_UI = {
  appName: 'Broadsheet 財經閱讀',
  appTagline: '財經版面閱讀器',
  contents: '目錄',
  contentsLabel: '本頁文章目錄',
  reader: '閱讀',
  readerLabel: '文章閱讀區',
  charts: '圖表',
  chartsLabel: '引用數字圖表',
  chartsEmpty: '此處將顯示文章引用的數字圖表。',
  watchlist: '自選股',
  watchlistLabel: { hant: '自選股清單', hans: '自选股列表' },
  watchlistEmpty: { hant: '自選股清單是空的。點擊文中的股票代號，即可加入。', hans: '自选股列表是空的。点击文中的股票代码，即可添加。' },
  errorTitle: '出錯了',
  errorBody: { hant: '這部分未能顯示。你保存的資料沒有遺失。', hans: '这部分未能显示。你保存的数据没有丢失。' },
  errorRetry: '重試',
  errorReload: { hant: '重新載入', hans: '重新加载' },
  loading: { hant: '載入中…', hans: '加载中…' },
} as const satisfies Record<string, UiWord>;

/**
 * The words the first paint can show: the shell's (its frame, the panes' names, the error
 * screen). The features' words load with the app's chunk, which adds them
 * (`addWords`, see `strings-all.ts`) before anything of those features draws: first-paint
 * JavaScript carries no word it cannot show.
 */
export const FIRST_PAINT_UI = APP_UI;

/** Every word of the UI, by key: each feature keeps its words in its own file. */
export type UiTable = typeof FIRST_PAINT_UI &
  typeof DESK_UI &
  typeof WATCHLIST_UI &
  typeof LIBRARY_UI &
  typeof CHARTS_UI &
  typeof FACTS_UI &
  typeof BACKUP_UI &
  typeof READING_UI &
  typeof SERIES_UI &
  typeof HIGHLIGHTS_UI;

export type UiKey = keyof UiTable;

const table: Partial<Record<UiKey, UiWord>> = { ...FIRST_PAINT_UI };

/** Adds words the app's later chunks show. */
export function addWords(words: Partial<Record<UiKey, UiWord>>): void {
  Object.assign(table, words);
}

/** A word of the UI; the key itself where it has not been added (a part that drew before its words came). */
export function wordOf(key: UiKey): UiWord {
  return table[key] ?? key;
}
