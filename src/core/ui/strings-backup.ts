import type { UiWord } from './words';

/** Backing up and restoring the library (see `UI` for how the words are written and shown). */
export const BACKUP_UI = {
  backupHeading: { hant: '備份及還原', hans: '备份及恢复' },
  backupExport: '備份文庫',
  backupRestore: { hant: '從備份還原…', hans: '从备份恢复…' },
  backupHint: {
    hant: '把所有版面、分段修正、版面日期、圖表選擇、自選股、標記與筆記，以及閱讀設定，存成一個檔案（.json.gz）。還原時只加入未有的內容，兩邊都改過的以較新的為準，不會刪除任何東西。',
    hans: '把所有版面、分段修正、版面日期、图表选择、自选股、标记与笔记，以及阅读设置，存成一个文件（.json.gz）。恢复时只加入尚未有的内容，两边都改过的以较新的为准，不会删除任何东西。',
  },
  backupWorking: '處理中…',
  backupSaved: { hant: '已下載備份檔案', hans: '已下载备份文件' },
  backupRestored: { hant: '已從備份還原', hans: '已从备份恢复' },
  backupAdded: '加入及更新了',
  backupNothingNew: '備份中的內容都已在文庫中，沒有加入任何東西。',
  backupRefused: { hant: '未能還原', hans: '未能恢复' },
  backupUnchanged: '文庫沒有改動。',
  // What a restore added: a count, then these (個版面, 隻股票 …).
  tallyPages: '個版面',
  tallyStocks: '隻股票',
  tallyNotes: '則筆記',
  tallyHighlights: '個標記',
  tallyCorrections: '項分段修正',
  tallyDates: '個版面日期',
  tallyChartChoices: '頁的圖表選擇',
  tallySettings: { hant: '閱讀設定', hans: '阅读设置' },
  tallyUpdated: '項較新的修改',
  backupNotGzip: { hant: '這不是 Broadsheet 的備份檔案（應為 .json.gz 壓縮檔）。', hans: '这不是 Broadsheet 的备份文件（应为 .json.gz 压缩文件）。' },
  backupDamaged: { hant: '備份檔案已損壞或不完整，無法解壓。', hans: '备份文件已损坏或不完整，无法解压。' },
  backupNotJson: { hant: '備份檔案的內容已損壞，不是有效的 JSON。', hans: '备份文件的内容已损坏，不是有效的 JSON。' },
  backupNotBackup: { hant: '這個檔案不是 Broadsheet 的備份。', hans: '这个文件不是 Broadsheet 的备份。' },
  backupVersion: '這個備份的格式此版本無法讀取（可能來自較新版本的 Broadsheet）。',
  backupInvalid: { hant: '備份檔案的內容不符合格式，無法還原。', hans: '备份文件的内容不符合格式，无法恢复。' },
} as const satisfies Record<string, UiWord>;
