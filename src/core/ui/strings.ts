/**
 * The UI's own words, in one table. Each is written in Hong Kong Traditional Chinese and shown
 * in Simplified by converting its characters, the same machinery as page text, so there is no
 * second, hand-kept copy to drift out of step; where the mainland says a different word (復原 /
 * 撤销, 載入 / 加载), the entry holds both (see `UiWord`). `words.test.ts` checks every word
 * against regional vocabulary in both directions.
 */
import type { BACKUP_UI } from './strings-backup';
import type { CHARTS_UI } from './strings-charts';
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
  library: '文庫',
  figuresCount: '數字',
  stocksCount: '股票',
  advert: '廣告',
  noHeadline: '（無標題）',
  byline: '作者',
  // 分拆 is a spin-off to a mainland reader; cutting an article in two is 拆分.
  splitHere: { hant: '由此分拆為新文章', hans: '从此处拆分为新文章' },
  splitHereShort: { hant: '分拆', hans: '拆分' },
  mergePrevious: '併入上一篇',
  undo: { hant: '復原', hans: '撤销' },
  undoCorrection: { hant: '復原上一次分段修正', hans: '撤销上一次分段修正' },
  correctionsCount: '分段修正',
  openSideBySide: '並排閱讀',
  closeSideBySide: '關閉並排',
  compareWith: '並排對照',
  fontSmaller: '縮小字體',
  fontLarger: '放大字體',
  fontSize: '字體大小',
  toggleToSimplified: '切換為簡體中文',
  toggleToTraditional: '切換為繁體中文',
  scriptToggleHint: '快捷鍵 Alt+S',
  keysTitle: '鍵盤快捷鍵',
  keysOpen: '鍵盤快捷鍵（?）',
  keysArticles: '下一篇／上一篇文章',
  keysPanes: '切換窗格：目錄、閱讀、圖表、自選股、筆記本',
  keysScript: '切換繁簡',
  keysActivate: { hant: '在數字上：顯示它的圖表；在股票上：打開股票資料', hans: '在数字上：显示它的图表；在股票上：打开股票信息' },
  keysChart: '在數字上：加入或移出圖表',
  keysHighlight: '選取文字後：標示重點（← ／ → 選顏色，Enter 確定）',
  keysEscape: '關閉提示、卡片或對話框',
  keysReorder: { hant: '在自選股的次序把手上：上移／下移', hans: '在自选股的排序把手上：上移／下移' },
  keysHelp: '顯示這些快捷鍵',
  skipToReader: '跳到文章',
  errorTitle: '出錯了',
  errorBody: { hant: '這部分未能顯示。你保存的資料沒有遺失。', hans: '这部分未能显示。你保存的数据没有丢失。' },
  errorRetry: '重試',
  errorReload: { hant: '重新載入', hans: '重新加载' },
  loading: { hant: '載入中…', hans: '加载中…' },
  noArticle: '請在目錄中選擇一篇文章。',
  notFound: '找不到這篇文章，已改為打開第一篇。',
  storageUnavailable: {
    hant: '瀏覽器儲存空間無法使用：本次修改只保存在記憶體中，關閉頁面後會遺失。',
    hans: '浏览器存储空间无法使用：本次修改只保存在内存中，关闭页面后会丢失。',
  },
  storageNewer: {
    hant: '此瀏覽器保存的資料來自較新版本的 Broadsheet，已原樣保留、另存備份；本次的修改不會保存，以免覆蓋它。',
    hans: '此浏览器保存的数据来自较新版本的 Broadsheet，已原样保留、另存备份；本次的修改不会保存，以免覆盖它。',
  },
  storageCorrupt: { hant: '已保存的資料損壞，已另存備份並以預設值啟動。', hans: '已保存的数据损坏，已另存备份并以默认设置启动。' },
  paneSwitcher: '切換窗格',
  page: '版面',
  sampleTitle: '示例版面：投資全方位',
  articleOf: '篇',
  emptyPage: '這個版面沒有可閱讀的文字。',
  updateReady: { hant: '新版本已準備好。重新載入即可使用，文庫不受影響。', hans: '新版本已准备好。重新加载即可使用，文库不受影响。' },
  updateReload: { hant: '重新載入', hans: '重新加载' },
  updateLater: '稍後',
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
