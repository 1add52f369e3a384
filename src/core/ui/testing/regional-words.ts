// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for opencc-js subpaths (as in core/script)
/// <reference path="../../script/opencc-modules.d.ts" />
import HKPhrases from 'opencc-js/dict/HKPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';

/** One word said two ways: the mainland's and another region's, both in Traditional characters. */
export interface RegionalPair {
  readonly mainland: string;
  readonly regional: string;
  /** Where the pair comes from, for a failure message. */
  readonly from: string;
}

/**
 * Words a computer's or a reader's UI says differently in Hong Kong (and Taiwan) and on the
 * mainland, beyond OpenCC's tables (which are mostly Taiwan's and names): [Hong Kong, mainland],
 * both in Traditional characters. Written for this app's words; add a pair when a word is met.
 */
const OWN: readonly (readonly [string, string])[] = [
  ['匯出', '導出'],
  ['匯入', '導入'],
  ['檔案', '文件'],
  ['文字檔', '文本文件'],
  ['預設', '默認'],
  ['資料', '數據'],
  ['螢幕', '屏幕'],
  ['滑鼠', '鼠標'],
  ['上載', '上傳'],
  ['列印', '打印'],
  ['搜尋', '搜索'],
  ['設定', '設置'],
  ['視窗', '窗口'],
  ['連結', '鏈接'],
  ['程式', '程序'],
  ['支援', '支持'],
  ['訊息', '信息'],
  ['載入', '加載'],
  ['儲存', '保存'],
  ['剪貼簿', '剪貼板'],
  ['位元組', '字節'],
  ['字元', '字符'],
  ['記憶體', '內存'],
  ['分頁', '標籤頁'],
  ['貼上', '粘貼'],
  ['拖曳', '拖動'],
  ['復原', '撤銷'],
  ['股票代號', '股票代碼'],
  ['約數', '近似值'],
  ['空白鍵', '空格鍵'],
];

/** `a b|c d|…`, OpenCC's serialised dictionary, as [source, target] pairs. */
function parse(dict: string): [string, string][] {
  return dict.split('|').map((entry) => entry.split(' ') as [string, string]);
}

/**
 * Regional word pairs: OpenCC's own phrase tables (`TWPhrases`, `HKPhrases`: mainland word →
 * the region's word) and the list above.
 */
export function regionalPairs(): RegionalPair[] {
  return [
    ...parse(TWPhrases).map(([mainland, regional]) => ({ mainland, regional, from: 'OpenCC TWPhrases' })),
    ...parse(HKPhrases).map(([mainland, regional]) => ({ mainland, regional, from: 'OpenCC HKPhrases' })),
    ...OWN.map(([regional, mainland]) => ({ mainland, regional, from: 'own list' })),
  ];
}

/**
 * Regional words OpenCC's Taiwan table replaces that a mainland reader uses as well, in the
 * sense the UI uses them: 文件 is the mainland's file (TWPhrases maps the mainland's 文檔, a
 * document, to Taiwan's 文件), a script is 执行 there too (TWPhrases: 運行 → 執行), and text is
 * 复制 (copied) there as on every mainland Edit menu (TWPhrases: 拷貝 → 複製).
 */
export const MAINLAND_SAYS_TOO: ReadonlySet<string> = new Set(['文件', '執行', '複製']);

/**
 * Mainland words that Hong Kong says too. OpenCC's table is Taiwan's, and Hong Kong shares these
 * with the mainland (保存, 打開 a page, 字體, 數據, 項目, 點擊, 內置, 軟件, 網絡, 打印, 屏幕,
 * 文件 for a document, 程序 for a procedure, 支持, 腳本 for a script in a page, 對話框); the own list's pairs are Hong Kong's words
 * where it differs.
 */
export const HONG_KONG_SAYS_TOO: ReadonlySet<string> = new Set([
  '保存', '打開', '字體', '數據', '項目', '點擊', '內置', '軟件', '網絡', '打印', '屏幕', '文件', '程序', '支持', '腳本', '對話框',
]);
