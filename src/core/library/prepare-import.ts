import {
  decodeBytes,
  IMPORT_LIMIT_BYTES,
  pageTitleFromText,
  vetBytes,
  vetText,
  type DecodeResult,
  type EncodingName,
  type ImportOrigin,
  type ImportProblem,
} from '../import';
import { MESSAGES } from '../import/messages';
import { ok, refuse, type Result } from '../result';

/** How a file was decoded, without the text (which becomes the page's source). */
export type DecodeReport = Omit<DecodeResult, 'text'>;

/** A page ready to go into the library, with what the reader should be told about it. */
export interface PreparedPage {
  readonly title: string;
  readonly source: string;
  /** Set for files only: pasted text was never bytes. */
  readonly decode?: DecodeReport;
  /** Problems that did not stop the import (markup shown as text, a very long line, …). */
  readonly notes: readonly ImportProblem[];
}

/** The page, or the fatal problem that refused it. */
export type Prepared = Result<PreparedPage, ImportProblem>;

/**
 * Refuses a file by its size alone, before its bytes are read: a 2 GB file dropped by mistake
 * is never loaded into memory. The message states the limit.
 */
export function vetFileSize(size: number, limit: number = IMPORT_LIMIT_BYTES, origin: ImportOrigin = 'file'): ImportProblem | undefined {
  return size > limit ? { code: 'tooLarge', message: MESSAGES.tooLarge(size, limit, origin), fatal: true } : undefined;
}

/** A file name without its extension (`版面.txt` → `版面`), for a page whose text gives no title. */
export function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, '');
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim();
}

function fromText(text: string, fallbackTitle: string, decode?: DecodeReport): Prepared {
  const problems = vetText(text, decode ? 'file' : 'paste');
  const fatal = problems.find((p) => p.fatal);
  if (fatal) return refuse(fatal);
  return ok({ title: pageTitleFromText(text, fallbackTitle), source: text, decode, notes: problems });
}

/**
 * Vets, decodes and vets again the bytes of an imported file; `override` imposes an encoding
 * (the reader's correction of a wrong guess). The file's name is the title when the text has
 * no non-blank line to take it from.
 *
 * @example
 * prepareBytes(big5Bytes, '版面.txt') // { ok: true, data: { title: '…', source: '…', decode: { encoding: 'big5', … }, notes: [] } }
 * prepareBytes(pngBytes, 'photo.png') // { ok: false, reason: { code: 'binary', … } }
 */
export function prepareBytes(bytes: Uint8Array, fileName: string, override?: EncodingName): Prepared {
  const refused = vetBytes(bytes);
  if (refused) return refuse(refused);
  const { text, ...decode } = decodeBytes(bytes, override);
  return fromText(text, baseName(fileName) || fileName, decode);
}

/** UTF-8 length of a string without encoding it (pasted text is held to the file limit too). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u < 0x80) bytes += 1;
    else if (u < 0x800) bytes += 2;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Vets pasted text: the same limits and notes as a file, minus decoding. */
export function prepareText(text: string, fallbackTitle: string, limit: number = IMPORT_LIMIT_BYTES): Prepared {
  const tooLarge = text.length > limit / 4 ? vetFileSize(utf8Length(text), limit, 'paste') : undefined;
  if (tooLarge) return refuse(tooLarge);
  return fromText(text, fallbackTitle);
}
