import { codePointMap } from '../text/code-points';
import { searchForms } from './build-index';
import { fromIndex, type IndexedDoc } from './index-state';
import { endsSentenceIn, snippetAround } from './snippet';
import type { ScriptFold, SearchHit, SearchIndex, SearchOptions } from './docs-and-hits';

/** Hits returned when the caller sets no limit. */
export const DEFAULT_SEARCH_LIMIT = 500;

interface Term {
  plain: string;
  folded: string;
}

function prepareTerms(raw: readonly string[], fold: ScriptFold): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const text of raw) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const forms = searchForms(trimmed, fold);
    const key = `${forms.plain}\u0000${forms.folded}`;
    if (!seen.has(key)) terms.push(forms);
    seen.add(key);
  }
  return terms;
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
/** Whether offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1));

/** Every occurrence, overlapping ones included, as [start, end) UTF-16 offsets. */
function scan(haystack: string, needle: string, original: string, into: [number, number][]): void {
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (!splitsPair(original, i) && !splitsPair(original, end)) into.push([i, end]);
  }
}

/** Sorted by start (longest first), without repeats and without matches inside an earlier one. */
function tidy(found: [number, number][]): [number, number][] {
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: [number, number][] = [];
  let reach = -1;
  for (const m of found) {
    if (m[1] <= reach) continue;
    kept.push(m);
    reach = m[1];
  }
  return kept;
}

/**
 * The first match of each sentence: a hit is listed as its sentence, so a sentence that says the
 * term twice (騰訊（00700）… 騰訊控股0700.HK, searched by its code) is listed once, not twice.
 */
function firstInEachSentence(text: string, sorted: [number, number][]): [number, number][] {
  const kept: [number, number][] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || endsSentenceIn(text, last[0], m[0])) kept.push(m);
  }
  return kept;
}

function matchesIn(entry: IndexedDoc, terms: readonly Term[]): [number, number][] {
  const found: [number, number][] = [];
  const text = entry.doc.text;
  for (const term of terms) {
    scan(entry.plain, term.plain, text, found);
    if (entry.folded !== entry.plain || term.folded !== term.plain) scan(entry.folded, term.folded, text, found);
  }
  return found.length > 1 ? firstInEachSentence(text, tidy(found)) : found;
}

function toHit(entry: IndexedDoc, [start, end]: [number, number]): SearchHit {
  const { doc } = entry;
  entry.map ??= codePointMap(doc.text);
  return {
    pageId: doc.pageId,
    articleId: doc.articleId,
    blockId: doc.blockId,
    span: { start: doc.sourceStart + entry.map.toCodePoint(start), end: doc.sourceStart + entry.map.toCodePoint(end) },
    snippet: snippetAround(doc.text, start, end),
    ...(doc.highlight ? { highlight: doc.highlight } : {}),
  };
}

/**
 * Finds the query (and any `extraTerms`) in every doc, in either script: query and docs are
 * compared case-insensitively, with full-width letters and digits folded, and after the
 * index's script fold — and also without it, so an exact match is found even where a phrase
 * converter folds a word differently in context. Whitespace around each term is ignored; a
 * blank query finds nothing. Hits come in doc order, then by position, one per sentence (its
 * first match); a match lying inside another one (say an alias inside a longer name) is dropped.
 *
 * @example
 * search(index, '腾讯', { extraTerms: ['00700'] })
 * // [{ pageId, articleId, blockId, span: { start: 120, end: 122 }, snippet: { before: '', match: '騰訊', after: '公布業績。' } }, …]
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const state = fromIndex(index);
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const terms = prepareTerms([query, ...(options.extraTerms ?? [])], state.fold);
  const hits: SearchHit[] = [];
  if (terms.length === 0) return hits;
  for (const entry of state.docs) {
    if (hits.length >= limit) break;
    for (const match of matchesIn(entry, terms)) {
      if (hits.length >= limit) break;
      hits.push(toHit(entry, match));
    }
  }
  return hits;
}
