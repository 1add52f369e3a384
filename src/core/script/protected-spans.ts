import type { Span } from '../span';
import { codePointMap } from '../text/code-points';

/**
 * What conversion must leave as written, most specific first (the alternation takes the first
 * branch that matches at a position):
 * - URLs: RFC 3986 characters only, so a URL ends where Chinese text or CJK punctuation starts;
 * - stock codes: `(00700)`, `（600029.SH）`, `(00215.HK)`, full-width digits included, and bare
 *   `600029.SH`;
 * - Latin text (any Latin-script letters, full-width too) with the digits and joiners inside it:
 *   `OpenAI-o1`, `Sam Altman`, `Gemini 2.0`, `3SUPREME`;
 * - numbers: digit runs with decimal and thousands separators and a trailing percent sign.
 */
const PROTECTED = new RegExp(
  [
    String.raw`(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+`,
    String.raw`[(（]\s*[0-9０-９]{1,6}(?:[.．](?:HK|SH|SZ|SS|ＨＫ|ＳＨ|ＳＺ))?\s*[)）]`,
    String.raw`[0-9]{4,6}\.(?:HK|SH|SZ|SS)\b`,
    String.raw`\p{Script=Latin}[\p{Script=Latin}\p{Nd}]*(?:[ '’\-_.&/+][\p{Script=Latin}\p{Nd}]+)*`,
    String.raw`[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％]?`,
  ].join('|'),
  'gu',
);

/** Protected ranges in UTF-16 units, sorted and merged: what the converter slices on. */
export function protectedUnitRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(PROTECTED)) {
    const start = m.index;
    const end = start + m[0].length;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/**
 * The spans of `text` (code points, like every offset in the core) that script conversion
 * never touches: URLs, stock codes, Latin text and Arabic numbers. OpenCC's tables hold almost
 * no such characters, but "almost" is not enough for a stock code a reader may click, and it
 * means a unit such as 億 right after `3000` still converts while the digits cannot.
 *
 * @example
 * protectedSpans('騰訊 (00700) 升3%') // [{start: 3, end: 10}, {start: 12, end: 14}]
 */
export function protectedSpans(text: string): Span[] {
  const map = codePointMap(text);
  return protectedUnitRanges(text).map(([start, end]) => ({ start: map.toCodePoint(start), end: map.toCodePoint(end) }));
}

/**
 * Wraps a converter so that it runs only on the text between protected spans, which are copied
 * through byte for byte. Cutting at those spans loses no phrase: OpenCC's hk2s and s2hk phrases
 * are Chinese characters only (a few, like `PN结`, start with Latin letters the Latin rule
 * keeps as written, and their Chinese part converts on its own).
 */
export function outsideProtected(convert: (text: string) => string): (text: string) => string {
  return (text) => {
    const ranges = protectedUnitRanges(text);
    if (ranges.length === 0) return convert(text);
    let out = '';
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) out += convert(text.slice(at, start));
      out += text.slice(start, end);
      at = end;
    }
    if (at < text.length) out += convert(text.slice(at));
    return out;
  };
}
