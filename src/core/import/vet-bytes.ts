import { detectBom } from './bom';
import { sniffBinaryFormat } from './magic-numbers';
import { MESSAGES } from './messages';
import { plausibility } from './plausibility';
import type { ImportProblem } from './problem';
import { SNIFF_BYTES, sniffUtf16 } from './utf16-sniff';

/** The largest file the reader imports: 20 MB. A broadsheet page is well under 100 KB. */
export const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

/** Share of control bytes (other than tab, line ends, form feed, escape) above which a file is binary. */
const CONTROL_RATIO = 0.05;

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f;
}

/** Share of control characters (NUL included) among the first characters, read as 8- or 16-bit units. */
function controlRatio(bytes: Uint8Array, unit: 'byte' | 'utf-16le' | 'utf-16be'): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let units = 0;
  if (unit === 'byte') {
    for (let i = 0; i < n; i++, units++) if (isControl(bytes[i] ?? 0) || bytes[i] === 0) controls++;
  } else {
    const [lo, hi] = unit === 'utf-16le' ? [0, 1] : [1, 0];
    for (let i = 0; i + 1 < n; i += 2, units++) {
      if (bytes[i + hi] === 0 && (bytes[i + lo] === 0 || isControl(bytes[i + lo] ?? 0))) controls++;
    }
  }
  return units === 0 ? 0 : controls / units;
}

/** The UTF-16 flavour BOM-less bytes are in, when their NULs say so and they read as text. */
function plausibleUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const flavour = sniffUtf16(bytes);
  if (!flavour) return undefined;
  const text = new TextDecoder(flavour).decode(bytes.subarray(0, SNIFF_BYTES));
  return plausibility(text).score > 0 ? flavour : undefined;
}

/**
 * Vets a file before decoding it: the first fatal problem, or `undefined` when it may be decoded.
 * Checks, in order: size (so a huge file is never scanned), emptiness, known binary signatures
 * (PNG, JPEG, ZIP/docx, PDF, gzip, ELF …), NUL bytes (unless the file is UTF-16, where they are
 * the high bytes of ASCII) and a high share of control characters.
 *
 * @example
 * vetBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.code // 'binary'
 */
export function vetBytes(bytes: Uint8Array, limitBytes: number = IMPORT_LIMIT_BYTES): ImportProblem | undefined {
  if (bytes.length > limitBytes) {
    return { code: 'tooLarge', message: MESSAGES.tooLarge(bytes.length, limitBytes), fatal: true };
  }
  if (bytes.length === 0) return { code: 'empty', message: MESSAGES.empty(), fatal: true };
  const kind = sniffBinaryFormat(bytes);
  if (kind) return { code: 'binary', message: MESSAGES.binary(kind), fatal: true };
  const bom = detectBom(bytes);
  const utf16 = bom ? (bom.encoding === 'utf-16le' || bom.encoding === 'utf-16be' ? bom.encoding : undefined) : plausibleUtf16(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (utf16) {
    if (controlRatio(body, utf16) > CONTROL_RATIO) return { code: 'binary', message: MESSAGES.binary(undefined), fatal: true };
    return undefined;
  }
  if (bytes.indexOf(0) !== -1 || controlRatio(body, 'byte') > CONTROL_RATIO) {
    return { code: 'binary', message: MESSAGES.binary(undefined), fatal: true };
  }
  return undefined;
}
