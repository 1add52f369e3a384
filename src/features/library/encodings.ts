import type { EncodingName } from '../../core/import';

/** How each encoding is named to the reader (the browser's Big5 decoder is Big5-HKSCS). */
export const ENCODING_LABELS: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'UTF-8',
  big5: 'Big5 / Big5-HKSCS',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

/** Short names, for the library list. */
export function encodingShortName(encoding: string): string {
  const short: Record<string, string> = { 'utf-8': 'UTF-8', big5: 'Big5', gb18030: 'GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };
  return short[encoding] ?? encoding;
}
