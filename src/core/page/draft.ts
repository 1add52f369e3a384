import type { Article, Block, BlockKind } from './parsed-page';
import type { SourceLine } from './lines';
import type { LineShape } from './line-kind';

/** A non-blank source line with its text and its shape: the parser's unit of work. */
export interface Line extends SourceLine, LineShape {
  readonly text: string;
}

/** A block while the page is being assembled: its kind may still change (advert, caption). */
export interface DraftBlock {
  kind: BlockKind;
  readonly lines: Line[];
  /** A paragraph whose last line was cut mid-sentence: the next prose line continues it. */
  open: boolean;
}

export interface DraftArticle {
  readonly blocks: DraftBlock[];
  headlineIndex: number;
  advert: boolean;
}

/** Freezes a draft block into the public shape: `b` + start offset, span over its lines. */
export function toBlock(draft: DraftBlock): Block {
  const first = draft.lines[0]!;
  const last = draft.lines[draft.lines.length - 1]!;
  return {
    id: `b${first.start}`,
    kind: draft.kind,
    span: { start: first.start, end: last.end },
    lines: draft.lines.map((l) => ({ start: l.start, end: l.end })),
  };
}

/**
 * Builds an article from blocks already in source order. The id is `a` + the start of its first
 * block, so an article keeps its id however corrections regroup the page around it.
 */
export function makeArticle(blocks: readonly Block[], headlineIndex: number, kind: Article['kind']): Article {
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  return {
    id: `a${first.span.start}`,
    kind,
    headlineIndex: headlineIndex >= 0 && headlineIndex < blocks.length ? headlineIndex : -1,
    blocks,
    span: { start: first.span.start, end: last.span.end },
  };
}
