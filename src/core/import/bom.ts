import type { EncodingName } from './encoding';

/** A byte order mark found at the start of a file. */
export interface Bom {
  encoding: EncodingName;
  /** Its length in bytes. */
  length: number;
}

const BOMS: readonly { encoding: EncodingName; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * The byte order mark the bytes start with, if any.
 *
 * @example
 * detectBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { encoding: 'utf-8', length: 3 }
 */
export function detectBom(bytes: Uint8Array): Bom | undefined {
  for (const { encoding, bytes: mark } of BOMS) {
    if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) {
      return { encoding, length: mark.length };
    }
  }
  return undefined;
}
