/**
 * Shared vocabulary of the pure core. Nothing here may import React or touch the DOM.
 *
 * Offsets are the common currency: a block, a figure, a stock mention, a search hit and a chart
 * point all point at the same half-open span of the page's source text, whichever script is on
 * screen. Offsets count Unicode code points (not UTF-16 units), so an astral HKSCS character
 * counts as one; `src/core/text/codepoints.ts` converts both ways.
 */
export interface Span {
  /** First code point, inclusive. */
  readonly start: number;
  /** One past the last code point. */
  readonly end: number;
}

export type BlockKind =
  | 'headline'
  | 'kicker'
  | 'byline'
  | 'subhead'
  | 'paragraph'
  | 'caption'
  | 'stockTip'
  | 'advert';

export interface Block {
  /** Stable within a page: `b` + start offset. */
  readonly id: string;
  readonly kind: BlockKind;
  /** From the first to the last non-whitespace code point of the block. */
  readonly span: Span;
  /**
   * The source lines the block is made of (each trimmed of surrounding whitespace). A paragraph
   * rejoined across a page break has several; what lies between them is whitespace only.
   */
  readonly lines: readonly Span[];
}

export type ArticleKind = 'article' | 'advert';

export interface Article {
  /** Stable under corrections: `a` + start offset of its first block. */
  readonly id: string;
  readonly kind: ArticleKind;
  /** Index into `blocks` of the headline block (-1 when the article has none). */
  readonly headlineIndex: number;
  readonly blocks: readonly Block[];
  readonly span: Span;
}

export interface ParsedPage {
  readonly source: string;
  /** Every block of the page in source order (the articles' blocks, concatenated). */
  readonly blocks: readonly Block[];
  readonly articles: readonly Article[];
}

/** `{ ok: false; reason }` or `{ ok: true; value }`: how the core reports input it refuses. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
