/** How many leading bytes the sniffers look at: enough to judge, cheap on a 20 MB file. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Whether BOM-less bytes look like UTF-16 from where their NUL bytes fall: text with any ASCII
 * in it (digits, spaces, line ends) has a zero high byte for each such character, so NULs pile
 * up at odd offsets (little-endian) or even ones (big-endian). Binary files scatter them.
 *
 * @example
 * sniffUtf16(new Uint8Array([0x41, 0, 0x0a, 0, 0x2d, 0x4e])) // 'utf-16le'
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined; // UTF-16 comes in byte pairs
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  let bothZero = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0 && b === 0) bothZero++;
    else if (a === 0) even++;
    else if (b === 0) odd++;
  }
  const pairs = n / 2;
  // A NUL character is not text; a few may be tolerated, a pattern of them is binary.
  if (bothZero > pairs * 0.01) return undefined;
  const zeros = even + odd;
  if (zeros < Math.max(1, pairs * 0.02)) return undefined;
  // Han characters such as U+4E00 have a zero low byte too, so the wrong side gets a few.
  if (odd >= zeros * 0.8) return 'utf-16le';
  if (even >= zeros * 0.8) return 'utf-16be';
  return undefined;
}
