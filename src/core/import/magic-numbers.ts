/** A file signature: bytes expected at an offset (`undefined` matches any byte). */
interface Signature {
  name: string;
  offset?: number;
  bytes: readonly (number | undefined)[];
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: ascii('GIF87a') },
  { name: 'GIF', bytes: ascii('GIF89a') },
  { name: 'WebP', bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')] },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'BMP', bytes: [...ascii('BM'), undefined, undefined, undefined, undefined, 0, 0, 0, 0] },
  { name: 'ZIP (docx/xlsx/epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP (docx/xlsx/epub)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP (docx/xlsx/epub)', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'Office (doc/xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'PDF', bytes: ascii('%PDF-') },
  { name: 'RTF', bytes: ascii('{\\rtf') },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'bzip2', bytes: [...ascii('BZh'), undefined, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'RAR', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Java class', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'Windows executable', bytes: [...ascii('MZ'), undefined, 0x00] },
  { name: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite', bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'MP4/MOV', offset: 4, bytes: ascii('ftyp') },
  { name: 'Ogg', bytes: ascii('OggS') },
  { name: 'MP3', bytes: [...ascii('ID3'), 0x03] },
  { name: 'MP3', bytes: [...ascii('ID3'), 0x04] },
  { name: 'WAV', bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WAVE')] },
  { name: 'AVI', bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('AVI ')] },
];

/**
 * The kind of binary file the bytes start like, if any. Signatures that plain text could begin
 * with (`BM`, `MZ`, `ID3`, `RIFF`) are only taken together with bytes no text has there.
 *
 * @example
 * sniffBinaryFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // 'PDF'
 */
export function sniffBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const { name, offset = 0, bytes: sig } of SIGNATURES) {
    if (bytes.length < offset + sig.length) continue;
    if (sig.every((b, i) => b === undefined || bytes[offset + i] === b)) return name;
  }
  return undefined;
}
