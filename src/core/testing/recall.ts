import { annotatePage } from '../annotate';
import { parsePage } from '../page';

/**
 * Recall and false marks of recognition on a page with a hand-made truth: every stock code and
 * every figure the page cites, one a line, tab-separated (`code <code as written> <HK:00700>`,
 * `figure <span as written> <value> <unit>`). Used by the tests of the written pages and by
 * `npm run bench`, which prints the same figures for each page.
 */

export interface Truth {
  readonly codes: readonly { readonly text: string; readonly key: string }[];
  readonly figures: readonly { readonly text: string; readonly value: number; readonly unit: string }[];
}

/** Found, expected and falsely marked, with what was missed and what was marked wrongly. */
export interface Tally {
  readonly found: number;
  readonly total: number;
  readonly falseMarks: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

export interface Score {
  readonly codes: Tally;
  readonly figures: Tally;
}

/** Reads a truth file; a line that is neither a code nor a figure is an error, said with its number. */
export function parseTruth(tsv: string): Truth {
  const codes: { text: string; key: string }[] = [];
  const figures: { text: string; value: number; unit: string }[] = [];
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [kind, text, a, b] = line.split('\t');
    if (kind === 'code' && text && a) codes.push({ text, key: a });
    else if (kind === 'figure' && text && a && b && Number.isFinite(Number(a))) figures.push({ text, value: Number(a), unit: b });
    else throw new Error(`truth line ${i + 1} is neither a code nor a figure: ${line}`);
  });
  return { codes, figures };
}

/** Marks what the app marks on the page (parse, then annotate) and counts it against the truth. */
export function scorePage(text: string, truth: Truth): Score {
  const page = parsePage(text);
  const { figures, stocks } = annotatePage(page);
  const cps = [...page.source];
  const slice = (s: { start: number; end: number }) => cps.slice(s.start, s.end).join('');
  const codes = stocks.filter((m) => m.via === 'code' && m.codeSpan).map((m) => `${slice(m.codeSpan!)}\t${m.stock.market}:${m.stock.code}`);
  const marked = figures.map((f) => `${slice(f.span)}\t${round(f.value)}\t${f.unit}`);
  return {
    codes: tally(truth.codes.map((c) => `${c.text}\t${c.key}`), codes),
    figures: tally(truth.figures.map((f) => `${f.text}\t${round(f.value)}\t${f.unit}`), marked),
  };
}

/** Each expected mark matched at most once, in any order. */
function tally(expected: readonly string[], marked: readonly string[]): Tally {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  const wrong: string[] = [];
  for (const m of marked) {
    const n = left.get(m) ?? 0;
    if (n > 0) left.set(m, n - 1);
    else wrong.push(m);
  }
  const missed = [...left].flatMap(([e, n]) => Array.from({ length: n }, () => e));
  return { found: expected.length - missed.length, total: expected.length, falseMarks: wrong.length, missed, wrong };
}

/** Values compared to twelve significant digits (71.84億 is 7184000000 however it was summed). */
function round(v: number): string {
  return String(Number(v.toPrecision(12)));
}
