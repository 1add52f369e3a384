import { codePointMap } from './code-points';

/**
 * Where a long Latin word may break at a line's end, a hyphen shown only when it does. A line of
 * Chinese is justified by spreading its characters: when a word of six letters or more cannot
 * fit at the end of a narrow line and moves whole to the next, the characters left behind are
 * spread far apart (`最 初 時` over half a line at 320 px). A break inside the word, between its
 * parts (`Deep-Seek`, `Open-AI`, `Chat-GPT`) or between two consonants with a syllable either side
 * (`Alt-man`), fills the line instead. Digits never split: a number stays one unit.
 */
const WORD = /[A-Za-z]{6,}/gu;
const VOWEL = /[aeiouy]/iu;
/** Consonant pairs that spell one sound, and so stay together. */
const DIGRAPH = new Set(['ch', 'ck', 'gh', 'ng', 'ph', 'qu', 'sh', 'th', 'wh']);
/** Letters either side of a break at least: `A-` or `-s` would read as something else. */
const MIN_PART = 2;
/** Letters either side of a break between two consonants: a syllable of its own. */
const MIN_SYLLABLE = 3;

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';

/** Breaks inside one word, as offsets into it. */
function breaksInWord(word: string): number[] {
  const camel: number[] = [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const [a, b, c] = [word[i - 1]!, word[i]!, word[i + 1] ?? ''];
    // DeepSeek → Deep|Seek; ChatGPT → Chat|GPT; GPTPlus → GPT|Plus.
    if ((isLower(a) && isUpper(b)) || (isUpper(a) && isUpper(b) && isLower(c))) camel.push(i);
  }
  const parts = [0, ...camel, word.length];
  const out: number[] = [];
  for (let p = 0; p + 1 < parts.length; p++) {
    const [from, to] = [parts[p]!, parts[p + 1]!];
    if (p > 0) out.push(from);
    out.push(...syllableBreaks(word.slice(from, to)).map((i) => from + i));
  }
  return out;
}

/** Between two consonants, a vowel on each side and a syllable's letters either way (Alt|man). */
function syllableBreaks(part: string): number[] {
  // An acronym (GPT, AI) is spelt out, not split.
  if (part.length < 2 * MIN_SYLLABLE || part === part.toUpperCase()) return [];
  const out: number[] = [];
  for (let i = MIN_SYLLABLE; i <= part.length - MIN_SYLLABLE; i++) {
    const [a, b] = [part[i - 1]!, part[i]!];
    if (VOWEL.test(a) || VOWEL.test(b) || DIGRAPH.has((a + b).toLowerCase())) continue;
    if (!VOWEL.test(part.slice(0, i)) || !VOWEL.test(part.slice(i))) continue;
    out.push(i);
  }
  return out;
}

/** The code-point offsets in `text` where a line may break inside a long Latin word, in order. */
export function latinBreaks(text: string): number[] {
  const map = codePointMap(text);
  // A word's letters are each one code unit: offsets inside it count the same in code points.
  return [...text.matchAll(WORD)].flatMap((m) => breaksInWord(m[0]).map((i) => map.toCodePoint(m.index) + i));
}
