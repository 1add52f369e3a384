import { MESSAGES } from './messages';
import type { ImportOrigin, ImportProblem } from './problem';

/** Lines longer than this (in UTF-16 units) are worth a note: nothing wraps them into blocks. */
export const LONG_LINE = 100_000;

/**
 * Markup that means the file is (or embeds) a web page: a tag of an HTML element that pages are
 * built from, a doctype, a comment, an inline event handler or a `javascript:` URL. A bare `<`
 * as in `市盈率<10倍` is not markup.
 */
const MARKUP =
  /<!doctype\s+html|<!--|<\/?(?:script|style|iframe|object|embed|html|head|body|div|span|p|a|img|table|tr|td|br|meta|link|form|input|button|svg|math|template)\b[^<>\n]{0,500}>|\bon[a-z]{3,20}\s*=\s*["']|javascript:/i;

const WHITESPACE_ONLY = /^\s*$/u;

function longestLine(text: string): number {
  const breaks = /\r\n?|\n/g;
  let longest = 0;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    longest = Math.max(longest, m.index - start);
    start = m.index + m[0].length;
  }
  return Math.max(longest, text.length - start);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/**
 * Vets decoded text (`origin` only words the messages: a file, or pasted text). Fatal: nothing
 * but whitespace; most of it undecodable (over a quarter U+FFFD). Notes that do not stop the
 * import: HTML or script markup (shown as text, never run); a line over 100,000 characters; a
 * noticeable amount of U+FFFD (at least 3 and 1 % of the non-whitespace characters), which
 * suggests the wrong encoding.
 *
 * @example
 * vetText('<script>alert(1)</script>') // [{ code: 'html', fatal: false, … }]
 */
export function vetText(text: string, origin: ImportOrigin = 'file'): ImportProblem[] {
  if (WHITESPACE_ONLY.test(text)) return [{ code: 'empty', message: MESSAGES.empty(origin), fatal: true }];
  const problems: ImportProblem[] = [];
  const bad = countReplacements(text);
  if (bad >= 3) {
    const visible = text.replace(/\s+/gu, '').length;
    if (bad >= visible * 0.01) {
      problems.push({ code: 'undecodable', message: MESSAGES.undecodable(bad), fatal: bad > visible * 0.25 });
    }
  }
  if (MARKUP.test(text)) problems.push({ code: 'html', message: MESSAGES.html(), fatal: false });
  const longest = longestLine(text);
  if (longest > LONG_LINE) problems.push({ code: 'longLine', message: MESSAGES.longLine(longest), fatal: false });
  return problems;
}
