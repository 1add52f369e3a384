import { isLineBreak, isWhitespace } from '../text/char-classes';

/**
 * One non-blank source line, trimmed. Offsets are kept twice: in code points (the page's common
 * currency) and in UTF-16 units (so the parser can slice the text without re-counting).
 */
export interface SourceLine {
  /** First non-whitespace code point. */
  readonly start: number;
  /** One past the last non-whitespace code point. */
  readonly end: number;
  readonly unitStart: number;
  readonly unitEnd: number;
  /** Blank (empty or whitespace-only) lines between this line and the previous non-blank one. */
  readonly gap: number;
}

/**
 * Splits a page into its non-blank lines in one pass. Breaks are `\n`, `\r\n`, `\r`, U+2028 and
 * U+2029; a line of spaces or U+3000 is blank. Code points are counted the way the string
 * iterator counts them (a surrogate pair is one), so astral HKSCS characters take one offset.
 *
 * @example
 * scanLines('標題\n\n\u3000正文。').map((l) => [l.start, l.end, l.gap]) // [[0, 2, 0], [5, 8, 1]]
 */
export function scanLines(source: string): SourceLine[] {
  return SIMPLE.test(source) ? scanGeneral(source) : scanSimple(source);
}

/** What the fast path can't take: other line breaks, or surrogates (code points ≠ units). */
const SIMPLE = /[\r\u2028\u2029\uD800-\uDFFF]/;

/**
 * The common case, `\n` breaks only and no astral characters: code points equal units, and a
 * line is found with `indexOf` and trimmed from both ends, so only its edges are looked at.
 */
function scanSimple(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let gap = 0;
  for (let from = 0; from <= source.length; ) {
    let to = source.indexOf('\n', from);
    if (to < 0) to = source.length;
    let start = from;
    while (start < to && isWhitespace(source.charCodeAt(start))) start++;
    if (start === to) gap++;
    else {
      let end = to;
      while (isWhitespace(source.charCodeAt(end - 1))) end--;
      lines.push({ start, end, unitStart: start, unitEnd: end, gap });
      gap = 0;
    }
    from = to + 1;
  }
  return lines;
}

/** Any text: every unit looked at, surrogate pairs counted as one code point. */
function scanGeneral(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const n = source.length;
  let cp = 0;
  let gap = 0;
  // Per line: first and one-past-last non-whitespace position, in units and code points.
  let firstUnit = -1;
  let firstCp = 0;
  let endUnit = 0;
  let endCp = 0;
  const finish = () => {
    if (firstUnit < 0) {
      gap++;
      return;
    }
    lines.push({ start: firstCp, end: endCp, unitStart: firstUnit, unitEnd: endUnit, gap });
    gap = 0;
    firstUnit = -1;
  };
  for (let u = 0; u < n; ) {
    const code = source.charCodeAt(u);
    let width = 1;
    let value = code;
    if (code >= 0xd800 && code <= 0xdbff && u + 1 < n) {
      const low = source.charCodeAt(u + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        value = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      }
    }
    if (isLineBreak(value)) {
      finish();
      // `\r\n` is one break, not a break and an empty line.
      if (value === 0x0d && source.charCodeAt(u + 1) === 0x0a) {
        u++;
        cp++;
      }
    } else if (!isWhitespace(value)) {
      if (firstUnit < 0) {
        firstUnit = u;
        firstCp = cp;
      }
      endUnit = u + width;
      endCp = cp + 1;
    }
    u += width;
    cp++;
  }
  finish();
  return lines;
}
