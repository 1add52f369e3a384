/**
 * The UI's own words, written once in Hong Kong Traditional Chinese. The script toggle converts
 * them with the same machinery as page text, so there is no second, hand-kept Simplified copy
 * to drift out of step.
 */
import { CHARTS_UI } from './strings-charts';
import { LIBRARY_UI } from './strings-library';
import { WATCHLIST_UI } from './strings-watchlist';

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
  watchlistLabel: '自選股清單',
  watchlistEmpty: '自選股清單是空的。點擊文中的股票代號，即可加入。',
  library: '文庫',
  figuresCount: '數字',
  stocksCount: '股票',
  advert: '廣告',
  noHeadline: '（無標題）',
  byline: '作者',
  splitHere: '由此分拆為新文章',
  splitHereShort: '分拆',
  mergePrevious: '併入上一篇',
  undo: '復原',
  undoCorrection: '復原上一次分段修正',
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
  keyboardHelp: '鍵盤：J / K 切換文章，1–4 切換窗格，Alt+S 切換繁簡',
  skipToReader: '跳到文章',
  errorTitle: '出錯了',
  errorBody: '這部分未能顯示。你保存的資料沒有遺失。',
  errorRetry: '重試',
  errorReload: '重新載入',
  loading: '載入中…',
  noArticle: '請在目錄中選擇一篇文章。',
  notFound: '找不到這篇文章，已改為打開第一篇。',
  storageUnavailable: '瀏覽器儲存空間無法使用：本次修改只保存在記憶體中，關閉頁面後會遺失。',
  storageCorrupt: '已保存的資料損壞，已另存備份並以預設值啟動。',
  paneSwitcher: '切換窗格',
  page: '版面',
  sampleTitle: '示例版面：投資全方位',
  articleOf: '篇',
  emptyPage: '這個版面沒有可閱讀的文字。',
} as const;

/** Each feature keeps its words in its own file; they meet here. */
export const UI = { ...APP_UI, ...CHARTS_UI, ...WATCHLIST_UI, ...LIBRARY_UI } as const;

export type UiKey = keyof typeof UI;
