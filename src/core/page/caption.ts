import { bigramRuns, BigramSlots, sentenceBounds, type BigramRuns } from './bigrams';
import { WindowScan, type Candidate } from './caption-scan';
import type { DraftArticle, DraftBlock } from './draft';
import { joinerBetween } from './join';

/** Pull quotes repeat a sentence closely but not exactly (a word swapped, `該公司` → `OpenAI`). */
export const CAPTION_SIMILARITY = 0.75;
/** Only short paragraphs are pull-quote candidates (code units); longer ones are never compared. */
const CAPTION_MAX_LENGTH = 120;
const CAPTION_MIN_BIGRAMS = 7;
/** Dice ≥ 0.75 is impossible when one side has fewer than 60 % of the other's bigrams. */
const LENGTH_RATIO = CAPTION_SIMILARITY / (2 - CAPTION_SIMILARITY);
/** Candidate look-ups per page at most: a bound that keeps adversarial pages linear. */
const WORK_BUDGET = 5_000_000;

/**
 * Marks pull quotes: a one- or two-sentence paragraph that the page prints twice, the second
 * time as a near-duplicate (character-bigram Dice ≥ 0.75) of as many consecutive sentences of a
 * longer paragraph in the same article. Only short single-line paragraphs are candidates, and
 * each article's sentences are scanned once against all its candidates together.
 *
 * @param workBudget candidate look-ups allowed (tests shrink it to pin where a page stops)
 */
export function markCaptions(articles: readonly DraftArticle[], workBudget = WORK_BUDGET): void {
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

  const scan = new WindowScan(slots, owners, candidates);
  const tallies = new SentenceTallies(scan, candidates.length);
  // Windows are visited, and the budget charged, in the same order and amounts as a plain scan
  // of every window would, so a page that runs out of budget stops at the same window.
  for (const k of [1, 2]) {
    const sizes = candidates.filter((c) => c.sentences === k).map((c) => c.size);
    if (sizes.length === 0) continue;
    const smallest = sizes.reduce((a, b) => Math.min(a, b)) * LENGTH_RATIO;
    const largest = sizes.reduce((a, b) => Math.max(a, b)) / LENGTH_RATIO;
    for (const host of hosts) {
      const { bounds } = host;
      const count = bounds.length / 3;
      const own = tallies.forHost(host.text, bounds);
      // A pull quote repeats part of a longer paragraph, never a whole one of its own size.
      for (let i = 0; count > k && i + k <= count; i++) {
        let size = -1;
        for (let j = i; j < i + k; j++) size += bounds[3 * j + 2]! + 1;
        if (size < smallest || size > largest) continue;
        if (k === 1) {
          // A one-sentence window is the sentence itself: its tally is the exact count.
          const t = own(i);
          budget.left -= t.cost;
          for (let j = 0; j < t.pairs.length; j += 2) {
            const c = candidates[t.pairs[j]!]!;
            if (c.sentences === 1 && matches(c, t.pairs[j + 1]!, t.size, host.block)) c.block.kind = 'caption';
          }
        } else {
          const a = own(i);
          const b = own(i + 1);
          budget.left -= a.cost + b.cost + scan.weight(a.last, b.first);
          if (tallies.couldMatch(a, b, host.block)) {
            scan.run(host.text, bounds[3 * i]!, bounds[3 * (i + k) - 2]!, k);
            for (const c of scan.touched) {
              if (matches(candidates[c]!, scan.shared[c]!, scan.size, host.block)) candidates[c]!.block.kind = 'caption';
            }
            scan.clear();
          }
        }
        if (budget.left <= 0) return;
      }
    }
  }
}

/** The pull-quote test for a window of `size` bigrams sharing `shared` with candidate `c`. */
function matches(c: Candidate, shared: number, size: number, host: DraftBlock): boolean {
  const ratio = Math.min(size, c.size) / Math.max(size, c.size);
  return c.block !== host && ratio >= LENGTH_RATIO && (2 * shared) / (size + c.size) >= CAPTION_SIMILARITY;
}

/** One sentence's scan: bigram count, budget charge, edge units, (candidate, shared) pairs. */
interface Tally {
  readonly size: number;
  readonly cost: number;
  readonly first: number;
  readonly last: number;
  readonly pairs: readonly number[];
}

/**
 * Each host sentence scanned once, on first use, against all candidates. Shared counts are
 * subadditive (min(a₁,c) + min(a₂,c) ≥ min(a₁+a₂,c)), so two sentences' tallies plus one for the
 * bigram where they meet bound a two-sentence window's count from above; only a window whose
 * bound reaches the threshold is scanned exactly. Most are not, which saves two of the three
 * scans every character used to get.
 */
class SentenceTallies {
  private readonly bound: Int32Array;

  constructor(
    private readonly scan: WindowScan,
    candidates: number,
  ) {
    this.bound = new Int32Array(candidates);
  }

  /** The tally of sentence i of one host, computed on first use. */
  forHost(text: string, bounds: readonly number[]): (i: number) => Tally {
    const memo: (Tally | undefined)[] = [];
    const { scan } = this;
    return (i) => {
      const known = memo[i];
      if (known) return known;
      scan.run(text, bounds[3 * i]!, bounds[3 * i + 1]!, 0);
      const pairs: number[] = [];
      for (const c of scan.touched) pairs.push(c, scan.shared[c]!);
      scan.clear();
      return (memo[i] = { size: scan.size, cost: scan.cost, first: scan.first, last: scan.last, pairs });
    };
  }

  /** Whether some two-sentence candidate could match the window of sentences a and b. */
  couldMatch(a: Tally, b: Tally, host: DraftBlock): boolean {
    const { bound } = this;
    // The exact scan counts the bigram where the sentences meet; a candidate shares it at most once.
    const size = a.size + b.size + (a.last >= 0 && b.first >= 0 ? 1 : 0);
    for (let j = 0; j < a.pairs.length; j += 2) bound[a.pairs[j]!]! += a.pairs[j + 1]!;
    for (let j = 0; j < b.pairs.length; j += 2) bound[b.pairs[j]!]! += b.pairs[j + 1]!;
    // A candidate sharing nothing with either sentence shares at most that one bigram: 2·1 / (size
    // + its ≥ 7) never reaches the threshold, so only the candidates in the tallies are checked.
    const could = this.check(a.pairs, size, host);
    return this.check(b.pairs, size, host) || could;
  }

  /** Tests and resets the bounds of the candidates in `pairs` (each bound tested once). */
  private check(pairs: readonly number[], size: number, host: DraftBlock): boolean {
    const { bound } = this;
    const { candidates } = this.scan;
    let could = false;
    for (let j = 0; j < pairs.length; j += 2) {
      const c = pairs[j]!;
      if (bound[c] === 0) continue;
      const candidate = candidates[c]!;
      if (candidate.sentences === 2 && matches(candidate, bound[c]! + 1, size, host)) could = true;
      bound[c] = 0;
    }
    return could;
  }
}

function textOf(block: DraftBlock): string {
  let text = '';
  for (const line of block.lines) text += text ? joinerBetween(text, line.text) + line.text : line.text;
  return text;
}
