import { bigramKey, bigramRuns, BigramSlots, sentenceBounds, type BigramRuns } from '../bigrams';
import { isWhitespace } from '../../text/char-classes';
import type { DraftArticle, DraftBlock } from '../draft';
import { joinerBetween } from '../join';

/**
 * Test-only: the caption pass as first written, one exact scan per window. `caption.ts` must mark
 * exactly the blocks this marks (see caption.equivalence.test.ts); keep it simple, not fast.
 */

/** Pull quotes repeat a sentence closely but not exactly (a word swapped, `該公司` → `OpenAI`). */
const CAPTION_SIMILARITY = 0.75;
/** Only short paragraphs are pull-quote candidates (code units); longer ones are never compared. */
const CAPTION_MAX_LENGTH = 120;
const CAPTION_MIN_BIGRAMS = 7;
/** Dice ≥ 0.75 is impossible when one side has fewer than 60 % of the other's bigrams. */
const LENGTH_RATIO = CAPTION_SIMILARITY / (2 - CAPTION_SIMILARITY);
/** Candidate look-ups per page at most: a bound that keeps adversarial pages linear. */
const WORK_BUDGET = 5_000_000;

interface Candidate {
  readonly block: DraftBlock;
  readonly sentences: number;
  readonly size: number;
}

/**
 * Marks pull quotes: a one- or two-sentence paragraph that the page prints twice, the second
 * time as a near-duplicate (character-bigram Dice ≥ 0.75) of as many consecutive sentences of a
 * longer paragraph in the same article. Only short single-line paragraphs are candidates, and
 * each article's text is scanned once per window size against all its candidates together.
 */
export function markCaptionsReference(articles: readonly DraftArticle[], workBudget = WORK_BUDGET): void {
  const budget = { left: workBudget };
  for (const article of articles) {
    if (!article.advert && budget.left > 0) markInArticle(article, budget);
  }
}

function markInArticle(article: DraftArticle, budget: { left: number }): void {
  const hosts = article.blocks.filter((b) => b.kind === 'paragraph').map((block) => {
    const text = textOf(block);
    return { block, text, bounds: sentenceBounds(text) };
  });
  // A candidate of k sentences needs a host of more than k.
  const most = hosts.reduce((n, h) => Math.max(n, h.bounds.length / 3), 0);
  const found: { block: DraftBlock; sentences: number; runs: BigramRuns }[] = [];
  let distinct = 0;
  for (const { block, text, bounds } of hosts) {
    const sentences = bounds.length / 3;
    if (block.lines.length !== 1 || text.length > CAPTION_MAX_LENGTH || text.length <= CAPTION_MIN_BIGRAMS) continue;
    if (sentences < 1 || sentences > 2 || sentences >= most) continue;
    const runs = bigramRuns(text);
    if (runs.size < CAPTION_MIN_BIGRAMS) continue;
    found.push({ block, sentences, runs });
    distinct += runs.keys.length;
  }
  if (found.length === 0) return;
  const slots = new BigramSlots(distinct);
  /** For each slot: pairs of (candidate index, how often the candidate has that bigram). */
  const owners: number[][] = [];
  const candidates: Candidate[] = found.map(({ block, sentences, runs }, index) => {
    for (let i = 0; i < runs.keys.length; i++) (owners[slots.add(runs.keys[i]!)] ??= []).push(index, runs.counts[i]!);
    return { block, sentences, size: runs.size };
  });

  const scan = new WindowScan(slots, owners, candidates, budget);
  for (const k of [1, 2]) {
    const sizes = candidates.filter((c) => c.sentences === k).map((c) => c.size);
    if (sizes.length === 0) continue;
    const smallest = sizes.reduce((a, b) => Math.min(a, b)) * LENGTH_RATIO;
    const largest = sizes.reduce((a, b) => Math.max(a, b)) / LENGTH_RATIO;
    for (const host of hosts) {
      const { bounds } = host;
      const count = bounds.length / 3;
      // A pull quote repeats part of a longer paragraph, never a whole one of its own size.
      for (let i = 0; count > k && i + k <= count; i++) {
        let size = -1;
        for (let j = i; j < i + k; j++) size += bounds[3 * j + 2]! + 1;
        if (size < smallest || size > largest) continue;
        scan.run(host.text, bounds[3 * i]!, bounds[3 * (i + k) - 2]!, k, host.block);
        if (budget.left <= 0) return;
      }
    }
  }
}

/** Counts, for one window of host text, the bigrams it shares with every candidate at once. */
class WindowScan {
  private readonly stamp: Int32Array;
  private readonly seen: Int32Array;
  private readonly shared: Int32Array;
  private window = 0;

  constructor(
    private readonly slots: BigramSlots,
    private readonly owners: readonly number[][],
    private readonly candidates: readonly Candidate[],
    private readonly budget: { left: number },
  ) {
    this.stamp = new Int32Array(slots.count).fill(-1);
    this.seen = new Int32Array(slots.count);
    this.shared = new Int32Array(candidates.length);
  }

  run(text: string, from: number, to: number, sentences: number, host: DraftBlock): void {
    const { stamp, seen, shared, owners, candidates } = this;
    // `BigramSlots.find`, inlined: this loop visits every character of the article.
    const { keys, slots: table, shift } = this.slots;
    const mask = keys.length - 1;
    const w = this.window++;
    const touched: number[] = [];
    let prev = -1;
    let size = 0;
    for (let u = from; u < to; u++) {
      const code = text.charCodeAt(u);
      if (isWhitespace(code)) continue;
      if (prev >= 0) {
        size++;
        const key = bigramKey(prev, code);
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
          this.budget.left -= own.length / 2;
          for (let j = 0; j < own.length; j += 2) {
            const c = own[j]!;
            // Multiset intersection: the n-th occurrence counts while the candidate has n of them.
            if (candidates[c]!.sentences !== sentences || n > own[j + 1]!) continue;
            if (shared[c] === 0) touched.push(c);
            shared[c]!++;
          }
        }
      }
      prev = code;
    }
    for (const c of touched) {
      const candidate = candidates[c]!;
      const ratio = Math.min(size, candidate.size) / Math.max(size, candidate.size);
      if (candidate.block !== host && ratio >= LENGTH_RATIO && (2 * shared[c]!) / (size + candidate.size) >= CAPTION_SIMILARITY) {
        candidate.block.kind = 'caption';
      }
      shared[c] = 0;
    }
  }
}

function textOf(block: DraftBlock): string {
  let text = '';
  for (const line of block.lines) text += text ? joinerBetween(text, line.text) + line.text : line.text;
  return text;
}
