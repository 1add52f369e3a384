import { isWhitespace } from '../text/char-classes';

/**
 * Character bigrams for near-duplicate detection, keyed as one int (two UTF-16 units), whitespace
 * skipped. Units rather than code points: an astral character then makes two bigrams instead of
 * one, which changes a similarity score negligibly and keeps the scan allocation-free.
 */
export function bigramKey(a: number, b: number): number {
  return (a << 16) | b;
}

/**
 * A multiset of bigrams: distinct keys in ascending order with how often each occurs, and `size`
 * (bigrams counted with repetition). Sorted arrays rather than a Map: bigram keys are 32-bit and
 * would be boxed as Map keys.
 */
export interface BigramRuns {
  readonly keys: readonly number[];
  readonly counts: readonly number[];
  readonly size: number;
}

/** The bigram multiset of a short text (a pull-quote candidate), whitespace skipped. */
export function bigramRuns(text: string): BigramRuns {
  const buffer = new Int32Array(Math.max(0, text.length - 1));
  let size = 0;
  let prev = -1;
  for (let u = 0; u < text.length; u++) {
    const code = text.charCodeAt(u);
    if (mayBeSpace(code) && isWhitespace(code)) continue;
    if (prev >= 0) buffer[size++] = bigramKey(prev, code);
    prev = code;
  }
  // A typed array sorts numerically and natively, far faster than a comparator.
  const all = buffer.subarray(0, size).sort();
  const keys: number[] = [];
  const counts: number[] = [];
  for (const key of all) {
    if (keys.length > 0 && keys[keys.length - 1] === key) counts[counts.length - 1]!++;
    else {
      keys.push(key);
      counts.push(1);
    }
  }
  return { keys, counts, size };
}

/**
 * Sørensen–Dice coefficient of two texts' bigram multisets: 2·|A∩B| / (|A|+|B|).
 *
 * @example
 * textSimilarity('今日港股大升', '今日港股大升') // 1
 */
export function textSimilarity(a: string, b: string): number {
  const x = bigramRuns(a);
  const y = bigramRuns(b);
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.keys.length && j < y.keys.length; ) {
    if (x.keys[i]! < y.keys[j]!) i++;
    else if (x.keys[i]! > y.keys[j]!) j++;
    else shared += Math.min(x.counts[i++]!, y.counts[j++]!);
  }
  return (2 * shared) / (x.size + y.size);
}

/**
 * False for units `isWhitespace` always rejects (whitespace lies only in ≤ U+0020, U+00A0–U+3000
 * and U+FEFF), so the common Han unit skips the call in loops over every character.
 */
export function mayBeSpace(code: number): boolean {
  return code <= 0x20 || (code >= 0xa0 && code <= 0x3000) || code === 0xfeff;
}

/** 。！？!?… end a sentence. */
function endsSentence(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Closing quotes and brackets right after a sentence end still belong to that sentence. */
function closesQuote(code: number): boolean {
  return code === 0x300d || code === 0x300f || code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x29 || code === 0x22;
}

/**
 * Sentences of a text as flat triples `[start, end, bigrams]`: UTF-16 range and how many bigrams
 * it holds (non-whitespace units − 1). Split after 。！？!?… and any closing quotes that follow;
 * a trailing piece without an ending counts as a sentence too.
 *
 * @example
 * sentenceBounds('升了。跌了。') // [0, 3, 2, 3, 6, 2]
 */
export function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  let units = 0;
  for (let u = 0; u < text.length; u++) {
    const code = text.charCodeAt(u);
    if (!mayBeSpace(code) || !isWhitespace(code)) units++;
    if (!endsSentence(code)) continue;
    let end = u + 1;
    while (end < text.length && (endsSentence(text.charCodeAt(end)) || closesQuote(text.charCodeAt(end)))) end++;
    units += end - u - 1;
    out.push(start, end, units - 1);
    start = end;
    u = end - 1;
    units = 0;
  }
  if (units > 0) out.push(start, text.length, units - 1);
  return out;
}

/** Open-addressing map from bigram key to a dense slot number, for the hot scanning loop. */
export class BigramSlots {
  /** The open-addressed table, public so a hot loop can probe it inline (see `find`). */
  keys: Int32Array;
  slots: Int32Array;
  shift: number;
  count = 0;

  /** @param expected how many keys will be added (the table never needs to grow then) */
  constructor(expected = 16) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits);
    this.slots = new Int32Array(1 << bits).fill(-1);
  }

  /** The slot of `key`, or -1 when absent. */
  find(key: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing: the product's high bits mix both characters of the bigram.
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot < 0 || this.keys[i] === key) return slot;
      i = (i + 1) & mask;
    }
  }

  /** The slot of `key`, adding it when absent. */
  add(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.place(key, this.count);
    return this.count++;
  }

  private place(key: number, slot: number): void {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.slots[i]! >= 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.slots[i] = slot;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2).fill(-1);
    this.shift--;
    for (let j = 0; j < keys.length; j++) if (slots[j]! >= 0) this.place(keys[j]!, slots[j]!);
  }
}
