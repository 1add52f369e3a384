/**
 * Word lookup at a position without slicing. A set is indexed by first and by last character,
 * so a lookup tries only the few words that could match there; longer words are tried first,
 * so 不超過 wins over 超過 and 超.
 */
export class WordSet {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
    }
  }

  /** The longest word of the set that starts at `i`, or undefined. */
  at(text: string, i: number): string | undefined {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (list) for (const w of list) if (text.startsWith(w, i)) return w;
    return undefined;
  }

  /** The longest word of the set that ends at `i` and starts at or after `floor`, or undefined. */
  before(text: string, i: number, floor = 0): string | undefined {
    const list = i > floor ? this.byLast.get(text.charCodeAt(i - 1)) : undefined;
    if (list) for (const w of list) if (i - w.length >= floor && text.startsWith(w, i - w.length)) return w;
    return undefined;
  }
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}

/** The first word of `set` that starts at `i`, or undefined. */
export function wordAt(text: string, i: number, set: WordSet): string | undefined {
  return set.at(text, i);
}

/** The first word of `set` that ends at `i` and starts at or after `floor`, or undefined. */
export function wordBefore(text: string, i: number, set: WordSet, floor = 0): string | undefined {
  return set.before(text, i, floor);
}

/** A word set (lookups try longer words first). */
export function wordSet(words: readonly string[]): WordSet {
  return new WordSet(words);
}

/** Index after a run of at most `max` spaces or tabs from `i`. */
export function skipSpaces(text: string, i: number, max = 8): number {
  let p = i;
  while (p < text.length && p - i < max) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) break;
    p++;
  }
  return p;
}

/** Whether the character at `i` is one of `chars` (false past either end of the text). */
export function charIn(chars: string, text: string, i: number): boolean {
  return i >= 0 && i < text.length && chars.includes(text.charAt(i));
}
