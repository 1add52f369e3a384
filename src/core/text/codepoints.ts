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
