/**
 * A 64-bit FNV-1a hash of a string's UTF-16 units, as 16 hex digits, with the length in front:
 * names a page's text in a storage key without storing the text twice. Not cryptographic; two
 * texts of the same length colliding in 64 bits is not a worry for a rebuildable cache.
 *
 * @example
 * textHash('騰訊') // '2:…16 hex digits…'
 */
export function textHash(text: string): string {
  // Two independent 32-bit FNV-1a lanes (different offset bases) stand in for one 64-bit hash.
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${text.length}:${hex(a)}${hex(b)}`;
}
