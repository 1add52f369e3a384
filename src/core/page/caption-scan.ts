import { bigramKey, type BigramSlots } from './bigrams';
import { isWhitespace } from '../text/char-classes';
import type { DraftBlock } from './draft';

/** A short paragraph that may be a pull quote, with its sentence count and bigram count. */
export interface Candidate {
  readonly block: DraftBlock;
  readonly sentences: number;
  readonly size: number;
}

/**
 * Counts, for one stretch of host text, the bigrams it shares with every candidate at once.
 * After `run`, `touched` lists the candidates with a shared bigram and `shared` their counts;
 * `size` is the stretch's bigram count, `cost` its work-budget charge (one per candidate look-up),
 * `first` / `last` its first and last non-whitespace units. Call `clear` before the next run.
 */
export class WindowScan {
  readonly shared: Int32Array;
  readonly touched: number[] = [];
  size = 0;
  cost = 0;
  first = -1;
  last = -1;
  private readonly stamp: Int32Array;
  private readonly seen: Int32Array;
  private window = 0;

  constructor(
    private readonly slots: BigramSlots,
    /** For each slot: pairs of (candidate index, how often the candidate has that bigram). */
    private readonly owners: readonly number[][],
    readonly candidates: readonly Candidate[],
  ) {
    this.stamp = new Int32Array(slots.count).fill(-1);
    this.seen = new Int32Array(slots.count);
    this.shared = new Int32Array(candidates.length);
  }

  /** @param sentences count only candidates of this many sentences; 0 counts them all */
  run(text: string, from: number, to: number, sentences: number): void {
    const { stamp, seen, shared, owners, candidates, touched } = this;
    // `BigramSlots.find`, inlined: this loop visits every character of the article.
    const { keys, slots: table, shift } = this.slots;
    const mask = keys.length - 1;
    const w = this.window++;
    let prev = -1;
    let size = 0;
    let cost = 0;
    let first = -1;
    for (let u = from; u < to; u++) {
      const code = text.charCodeAt(u);
      // `mayBeSpace`, inlined: most text then skips the call.
      if ((code <= 0x20 || (code >= 0xa0 && code <= 0x3000) || code === 0xfeff) && isWhitespace(code)) continue;
      if (prev < 0) first = code;
      else {
        size++;
        const key = (prev << 16) | code; // bigramKey, inlined
        let i = Math.imul(key, 0x9e3779b1) >>> shift;
        let slot = table[i]!;
        while (slot >= 0 && keys[i] !== key) {
          i = (i + 1) & mask;
          slot = table[i]!;
        }
        if (slot >= 0) {
          if (stamp[slot] !== w) {
            stamp[slot] = w;
            seen[slot] = 0;
          }
          const n = ++seen[slot]!;
          const own = owners[slot]!;
          cost += own.length / 2;
          for (let j = 0; j < own.length; j += 2) {
            const c = own[j]!;
            // Multiset intersection: the n-th occurrence counts while the candidate has n of them.
            if ((sentences !== 0 && candidates[c]!.sentences !== sentences) || n > own[j + 1]!) continue;
            if (shared[c] === 0) touched.push(c);
            shared[c]!++;
          }
        }
      }
      prev = code;
    }
    this.size = size;
    this.cost = cost;
    this.first = first;
    this.last = prev;
  }

  clear(): void {
    for (const c of this.touched) this.shared[c] = 0;
    this.touched.length = 0;
  }

  /** The budget charge of the one bigram `a b` (where two sentences meet). */
  weight(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    const slot = this.slots.find(bigramKey(a, b));
    return slot < 0 ? 0 : this.owners[slot]!.length / 2;
  }
}
