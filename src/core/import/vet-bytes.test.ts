import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { encodeLegacy, encodeUtf16, encodeUtf8 } from './testing/encode';
import { IMPORT_LIMIT_BYTES, vetBytes } from './vet-bytes';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

/** Deterministic pseudo-random bytes (a linear congruential generator), optionally without NULs. */
function noise(length: number, withoutNul = false): Uint8Array {
  const out = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const b = seed >>> 24;
    out[i] = withoutNul && b === 0 ? 1 : b;
  }
  return out;
}

const TEXT = ' 之後是正文。 more text follows here';

describe('vetBytes: binary files', () => {
  it.each<[string, Uint8Array, string]>([
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], TEXT), 'PNG'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], TEXT), 'JPEG'],
    ['GIF', bytes('GIF89a', TEXT), 'GIF'],
    ['ZIP (a .docx or .xlsx)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], TEXT), 'ZIP'],
    ['PDF', bytes('%PDF-1.7\n', TEXT), 'PDF'],
    ['gzip', bytes([0x1f, 0x8b, 0x08], TEXT), 'gzip'],
    ['RAR', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00], TEXT), 'RAR'],
    ['7z', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], TEXT), '7z'],
    ['ELF', bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01], TEXT), 'ELF'],
    ['an old Word document', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], TEXT), 'Office'],
    ['MP4', bytes([0, 0, 0, 0x20], 'ftypisom', TEXT), 'MP4'],
  ])('%s', (_name, file, kind) => {
    const problem = vetBytes(file);
    expect(problem).toMatchObject({ code: 'binary', fatal: true });
    expect(problem?.message.hant).toContain(kind);
    expect(problem?.message.hans).toContain(kind);
  });

  it.each<[string, Uint8Array]>([
    ['random bytes', noise(4096)],
    ['random bytes without a NUL (too many control bytes)', noise(4096, true)],
    ['text with a NUL in it', bytes('正文', [0], '正文')],
    ['text with a NUL in it, an even number of bytes long', bytes('正文', [0], '正文。')],
    ['UTF-16 with a BOM, full of NUL characters', bytes([0xff, 0xfe], Array(200).fill(0))],
  ])('%s', (_name, file) => {
    expect(vetBytes(file)).toMatchObject({ code: 'binary', fatal: true });
  });
});

describe('vetBytes: text files pass', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8', encodeUtf8(sample, false)],
    ['UTF-8 with BOM', encodeUtf8(sample, true)],
    ['Big5', encodeLegacy(sample.replaceAll('着', '著'), 'big5')],
    ['GB18030', encodeLegacy(sample, 'gb18030')],
    ['UTF-16LE with BOM (NUL high bytes)', encodeUtf16(sample, 'le', true)],
    ['UTF-16BE with BOM', encodeUtf16(sample, 'be', true)],
    ['UTF-16LE without BOM', encodeUtf16(sample, 'le', false)],
    ['text that starts like a signature: MZ', encodeUtf8('MZ是一個縮寫，指……', false)],
    ['text that starts like a signature: BM', encodeUtf8('BM公司今日公布業績', false)],
    ['text that starts like a signature: RIFF', encodeUtf8('RIFF is a container format', false)],
    ['text with tabs, CRLF and form feeds', encodeUtf8('標題\r\n\t正文\f下一頁', false)],
  ])('%s', (_name, file) => {
    expect(vetBytes(file)).toBeUndefined();
  });
});

describe('vetBytes: size and emptiness', () => {
  it('refuses an empty file', () => {
    expect(vetBytes(new Uint8Array())).toMatchObject({ code: 'empty', fatal: true });
  });

  it('refuses a file over 20 MB before looking inside (zeros would be binary otherwise)', () => {
    expect(IMPORT_LIMIT_BYTES).toBe(20 * 1024 * 1024);
    expect(vetBytes(new Uint8Array(1024))?.code).toBe('binary');
    const problem = vetBytes(new Uint8Array(21 * 1024 * 1024));
    expect(problem).toMatchObject({ code: 'tooLarge', fatal: true });
    expect(problem?.message.hant).toContain('21.0 MB');
    expect(problem?.message.hans).toContain('20.0 MB');
  });

  it('takes a file of exactly the limit, and honours a custom limit', () => {
    expect(vetBytes(new Uint8Array(10).fill(0x41), 10)).toBeUndefined();
    expect(vetBytes(new Uint8Array(11).fill(0x41), 10)?.code).toBe('tooLarge');
  });
});
