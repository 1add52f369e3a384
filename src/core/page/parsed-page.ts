import type { Span } from '../span';

/** What the page parser makes of a page: its blocks, grouped into articles. */
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
