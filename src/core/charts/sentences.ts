import type { Span } from '../span';

/** What ends a sentence in Chinese running text. */
const ENDS = new Set(['。', '！', '？', '；']);
/** Closing quotes and brackets right after an end belong to the sentence they close (。」). */
const CLOSERS = new Set(['」', '』', '）', ')', '”', '’', '"', '】', '》', '〉']);
const LINE_ENDS = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * The sentences of a text, as code-point spans (shifted by `offset`, so a line of the page gives
 * page-source spans) that tile it: each starts where the last ended, the first at `offset`, the
 * last ending at `offset` + length. A sentence ends after 。！？；(with any closing quotes that
 * follow, and one line end) or at a line end: a page's lines are the reader's paragraphs and
 * captions, and a heading has no full stop. Whitespace between paragraphs forms sentences of
 * its own. Used to highlight the sentence a charted figure comes from.
 *
 * @example
 * sentenceSpans('估值1570億美元。收入1000億美元。') // [{ start: 0, end: 10 }, { start: 10, end: 20 }]
 */
export function sentenceSpans(text: string, offset = 0): Span[] {
  const chars = [...text];
  const out: Span[] = [];
  let start = 0;
  const cut = (end: number) => {
    out.push({ start: offset + start, end: offset + end });
    start = end;
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (LINE_ENDS.has(c)) {
      cut(lineEndAfter(chars, i));
    } else if (ENDS.has(c)) {
      let end = i + 1;
      while (end < chars.length && (ENDS.has(chars[end]!) || CLOSERS.has(chars[end]!))) end++;
      if (end < chars.length && LINE_ENDS.has(chars[end]!)) end = lineEndAfter(chars, end);
      cut(end);
    }
    i = Math.max(i + 1, start);
  }
  if (start < chars.length) cut(chars.length);
  return out;
}

/** Index after the line end at `i` (\r\n counts as one). */
function lineEndAfter(chars: readonly string[], i: number): number {
  return chars[i] === '\r' && chars[i + 1] === '\n' ? i + 2 : i + 1;
}

/**
 * The stretch of sentences a span touches: the sentence holding a figure, or (for a figure
 * that runs across a line end) the sentences either side of it. Undefined if none touch it.
 */
export function sentenceAround(sentences: readonly Span[], span: Span): Span | undefined {
  const touching = sentences.filter((s) => s.start < Math.max(span.end, span.start + 1) && s.end > span.start);
  const first = touching[0];
  const last = touching.at(-1);
  return first && last ? { start: first.start, end: last.end } : undefined;
}
