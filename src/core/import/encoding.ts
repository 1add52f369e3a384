/** The encodings an imported page may be in. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'gb18030';

/** Every encoding the reader can be asked to decode with, in the order an override menu lists them. */
export const ENCODING_NAMES: readonly EncodingName[] = ['utf-8', 'big5', 'gb18030', 'utf-16le', 'utf-16be'];

/** What `decodeBytes` made of a file. */
export interface DecodeResult {
  /** The decoded text, without its byte order mark. */
  text: string;
  /** The encoding chosen (or imposed by the caller). */
  encoding: EncodingName;
  /** Whether the file began with a byte order mark for `encoding` (it is not part of `text`). */
  bom: boolean;
  /** 0.5 (a guess) … 1 (certain): how sure the choice is. */
  confidence: number;
  /** The encodings weighed, best first, each with its plausibility score (about −3 … 1). */
  candidates: { encoding: EncodingName; score: number }[];
}
