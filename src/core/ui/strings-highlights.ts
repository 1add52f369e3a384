import type { UiWord } from './words';

/**
 * The highlights' and notebook's own words (see `UI` for how they are written and shown). Keys
 * start with `hl` so they can't collide with other features' words when they meet in `UI`.
 */
export const HIGHLIGHTS_UI = {
  // The toolbar a selection shows, and the colours
  hlCreate: '標示重點',
  hlColour: '顏色',
  hlYellow: '黃色',
  hlGreen: '綠色',
  hlBlue: '藍色',
  hlPink: '粉紅色',
  hlHighlightIn: '以此顏色標示',
  hlKeyHint: '已選取文字：按 H 標示重點',
  hlCreated: '已標示重點',

  // The popover a highlight opens
  hlHighlight: '重點',
  hlNote: '筆記',
  hlNotePlaceholder: { hant: '寫下為何重要（自動儲存）', hans: '写下为何重要（自动保存）' },
  hlCopy: '複製',
  hlCopied: '已複製',
  hlDelete: '刪除重點',
  hlDeleted: '已刪除重點',
  hlClose: '關閉',

  // The notebook
  notebook: '筆記本',
  notebookLabel: '重點與筆記',
  hlThisPage: '本頁',
  hlLibrary: '文庫其他版面',
  hlNone: '尚未標示任何重點。在文章中選取文字，即可標示。',
  hlOrphaned: '原文已找不到',
  hlOrphanedHint: '版面文字已改動，這個重點沒有附在其他相似的文字上。',
  hlAllColours: '全部顏色',
  hlAllStocks: '全部股票',
  hlStock: '股票',
  hlJump: '跳到原文',
  hlExport: { hant: '匯出 Markdown', hans: '导出 Markdown' },
  hlExportScope: { hant: '匯出範圍', hans: '导出范围' },
  hlExportPage: '本頁',
  hlExportLibrary: '整個文庫',
  hlContext: '上下文：',
  hlNoteLabel: '筆記：',
  hlSource: '原文',
  hlCount: '則',
} as const satisfies Record<string, UiWord>;
