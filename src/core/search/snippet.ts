import type { Snippet } from './docs-and-hits';

/** Most code points of context kept on each side of a match. */
export const SNIPPET_CONTEXT = 60;

/** 。！？ and line ends. */
const ENDS_SENTENCE = new Set([0x3002, 0xff01, 0xff1f, 0x0a, 0x0d]);
const STOPS = new Set([0x3002, 0xff01, 0xff1f]);
/** Closing marks that belong to the sentence they follow: 。」 ！』 ？） */
const CLOSERS = new Set([...'」』）〉》”’)]'].map((c) => c.charCodeAt(0)));

/** Whether a sentence ends (。！？ or a line end) in `text[from, to)`: two matches with none between share a sentence. */
export function endsSentenceIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ENDS_SENTENCE.has(text.charCodeAt(i))) return true;
  return false;
}

const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;

/** The last `n` code points of `s`, and whether any were dropped. */
function lastCodePoints(s: string, n: number): [string, boolean] {
  let i = s.length;
  for (let k = 0; k < n && i > 0; k++) i -= i > 1 && isLow(s.charCodeAt(i - 1)) && isHigh(s.charCodeAt(i - 2)) ? 2 : 1;
  return i === 0 ? [s, false] : [s.slice(i), true];
}

/** The first `n` code points of `s`, and whether any were dropped. */
function firstCodePoints(s: string, n: number): [string, boolean] {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  return i >= s.length ? [s, false] : [s.slice(0, i), true];
}

/**
 * The sentence around `text[start, end)` (UTF-16 offsets), split at 。！？ and line ends and
 * trimmed; context beyond {@link SNIPPET_CONTEXT} code points on either side is cut and marked `…`.
 *
 * @example
 * snippetAround('前文。騰訊業績好！後文', 3, 5) // { before: '', match: '騰訊', after: '業績好！' }
 */
export function snippetAround(text: string, start: number, end: number): Snippet {
  const reach = SNIPPET_CONTEXT * 2 + 2; // units: room for 60 astral characters and one more
  const endsAt = (i: number) => ENDS_SENTENCE.has(text.charCodeAt(i));
  let from = start;
  while (from > 0 && start - from < reach && !endsAt(from - 1)) from--;
  const walkedOffBefore = from > 0 && !endsAt(from - 1);
  // 。」 ends the sentence before: its closing marks do not open this one.
  if (from > 0 && STOPS.has(text.charCodeAt(from - 1))) while (from < start && CLOSERS.has(text.charCodeAt(from))) from++;
  let to = end;
  while (to < text.length && to - end < reach && !endsAt(to)) to++;
  const walkedOffAfter = to < text.length && !endsAt(to);
  if (!walkedOffAfter && STOPS.has(text.charCodeAt(to))) {
    to++;
    while (to < text.length && CLOSERS.has(text.charCodeAt(to))) to++;
  }
  const [before, cutBefore] = lastCodePoints(text.slice(from, start).trimStart(), SNIPPET_CONTEXT);
  const [after, cutAfter] = firstCodePoints(text.slice(end, to).trimEnd(), SNIPPET_CONTEXT);
  return {
    before: (walkedOffBefore || cutBefore ? '…' : '') + before,
    match: text.slice(start, end),
    after: after + (walkedOffAfter || cutAfter ? '…' : ''),
  };
}
