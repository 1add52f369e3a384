/**
 * Code-point offsets for strings that may hold astral characters (HKSCS has some).
 * When a string has no surrogate pairs, both directions are the identity and cost nothing.
 *
 * @example
 * const m = codePointMap('a𠀋b');
 * m.toUnit(2) // 3: the code point after 𠀋 starts at UTF-16 unit 3
 * m.toCodePoint(3) // 2
 */
export interface CodePointMap {
  /** Number of code points in the string. */
  readonly length: number;
  /** Code-point offset → UTF-16 offset. */
  toUnit(codePoint: number): number;
  /** UTF-16 offset → code-point offset (a unit inside a pair maps to its pair). */
  toCodePoint(unit: number): number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function codePointMap(text: string): CodePointMap {
  if (!SURROGATE.test(text)) {
    return { length: text.length, toUnit: (i) => i, toCodePoint: (i) => i };
  }
  // unitOf[cp] = UTF-16 offset of code point cp; cpOf[unit] = code point holding that unit.
  const unitOf: number[] = [];
  const cpOf = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; cp++) {
    unitOf.push(u);
    const code = text.charCodeAt(u);
    const next = text.charCodeAt(u + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    for (let k = 0; k < width; k++) cpOf[u + k] = cp;
    u += width;
  }
  unitOf.push(text.length);
  cpOf[text.length] = cp;
  const clampCp = (i: number) => Math.max(0, Math.min(cp, i));
  const clampUnit = (i: number) => Math.max(0, Math.min(text.length, i));
  return {
    length: cp,
    toUnit: (i) => unitOf[clampCp(i)] ?? text.length,
    toCodePoint: (i) => cpOf[clampUnit(i)] ?? cp,
  };
}

/** `text.slice` by code points. */
export function sliceCodePoints(text: string, map: CodePointMap, start: number, end: number): string {
  return text.slice(map.toUnit(start), map.toUnit(end));
}

/** Code points in `text`, as `[...text].length` counts them, without building the array. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) {
        n--;
        i++; // a pair is consumed whole, so the next unit cannot pair with this one
      }
    }
  }
  return n;
}

/**
 * The code point that ends just before `index` and its width in units (2 for a surrogate pair),
 * or undefined at the start of the text.
 */
export function codePointBefore(text: string, index: number): { cp: number; width: number } | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { cp: (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, width: 2 };
  }
  return { cp: low, width: 1 };
}
