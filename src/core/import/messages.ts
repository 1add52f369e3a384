import type { Bilingual, ImportOrigin } from './problem';

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** What was imported, as the messages name it: the file, or the pasted text. */
const WHAT: Record<ImportOrigin, Bilingual> = {
  file: { hant: '檔案', hans: '文件' },
  paste: { hant: '貼上的文字', hans: '粘贴的文字' },
};

/** What the reader is told about each import problem, in both scripts. */
export const MESSAGES = {
  empty: (origin: ImportOrigin = 'file'): Bilingual => ({
    hant: `${WHAT[origin].hant}是空的，或只有空白，沒有可閱讀的內容。`,
    hans: `${WHAT[origin].hans}是空的，或只有空白，没有可阅读的内容。`,
  }),
  binary: (kind: string | undefined): Bilingual => ({
    hant: `這不是純文字檔${kind ? `（看來是 ${kind}）` : ''}。請匯入版面的純文字（.txt）版本。`,
    hans: `这不是纯文本文件${kind ? `（看来是 ${kind}）` : ''}。请导入版面的纯文本（.txt）版本。`,
  }),
  tooLarge: (bytes: number, limit: number, origin: ImportOrigin = 'file'): Bilingual => ({
    hant: `${WHAT[origin].hant}太大（${mb(bytes)} MB），上限是 ${mb(limit)} MB。`,
    hans: `${WHAT[origin].hans}太大（${mb(bytes)} MB），上限是 ${mb(limit)} MB。`,
  }),
  html: (): Bilingual => ({
    hant: '內容含有 HTML 或腳本標記。它們只會當作文字顯示，永遠不會執行。',
    hans: '内容含有 HTML 或脚本标记。它们只会作为文字显示，永远不会执行。',
  }),
  undecodable: (count: number): Bilingual => ({
    hant: `有 ${count} 個字元無法解碼，可能選錯了編碼。可改選其他編碼重新匯入。`,
    hans: `有 ${count} 个字符无法解码，可能选错了编码。可改选其他编码重新导入。`,
  }),
  longLine: (length: number): Bilingual => ({
    hant: `有一行長達 ${length} 字而沒有換行，顯示可能較慢。`,
    hans: `有一行长达 ${length} 字而没有换行，显示可能较慢。`,
  }),
};
