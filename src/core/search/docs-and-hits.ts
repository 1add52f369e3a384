import type { Span } from '../span';

/** One searchable piece of a page: in practice one source line (or one block). */
export interface SearchDoc {
  pageId: string;
  articleId: string;
  blockId: string;
  /** Display text: a contiguous slice of the page source. */
  text: string;
  /** Code-point offset of `text`'s first character in the page source. */
  sourceStart: number;
  /** Set on a doc made of a highlight's quote or note (see `highlightSearchDocs`), not of page text. */
  highlight?: HighlightPart;
}

/**
 * Which part of the reader's highlight a doc holds: its quote (a slice of the page source, so
 * `sourceStart` is where it is now) or its note (the reader's own words: `sourceStart` is 0, so a
 * hit's span is counted in the note).
 */
export interface HighlightPart {
  readonly id: string;
  readonly part: 'quote' | 'note';
}

/** The sentence a hit is in, cut around the match; all three parts in the doc's own script. */
export interface Snippet {
  /** From the sentence start (or `…` and the last 60 code points) up to the match. */
  before: string;
  match: string;
  /** From the match to the sentence end (or the next 60 code points and `…`). */
  after: string;
}

/** Where a query was found. */
export interface SearchHit {
  pageId: string;
  articleId: string;
  blockId: string;
  /** Code points in the page source. */
  span: Span;
  snippet: Snippet;
  /** The highlight whose quote or note matched, for a doc made of one. */
  highlight?: HighlightPart;
}

/** Options of {@link search}. */
export interface SearchOptions {
  /** Most hits returned (default 500); hits come in document order, so the first pages win. */
  limit?: number;
  /** Further strings searched for alongside the query, e.g. the names and code of a stock. */
  extraTerms?: readonly string[];
}

/**
 * A script folder: maps text to one script (say Traditional → Simplified) without changing its
 * length in UTF-16 units, so that offsets in the folded text are offsets in the original.
 */
export type ScriptFold = (text: string) => string;

declare const opaque: unique symbol;

/** A prepared library of docs; build with `buildSearchIndex`, query with `search`. */
export interface SearchIndex {
  readonly [opaque]: 'SearchIndex';
}
