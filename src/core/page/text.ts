import { codePointMap, sliceCodePoints, type CodePointMap } from '../text/code-points';
import type { Article, Block } from './parsed-page';
import { joinerBetween } from './join';

/** One source line of a block, ready to render at its own offsets. */
export interface BlockSegment {
  /** The line's text exactly as in the source (trimmed). */
  readonly text: string;
  /** Code-point offset of `text` in the source: character i of `text` is at `sourceStart + i`. */
  readonly sourceStart: number;
  /** What `blockText` puts before this line: '' or, between two Latin words, ' '. */
  readonly joiner: '' | ' ';
}

/**
 * A block's lines with their source offsets, so the UI can render each line's text (and mark
 * figures or stock codes inside it) at the right place even after a page-break rejoin.
 */
export function blockSegments(source: string, block: Block): BlockSegment[] {
  const map = mapFor(source);
  const out: BlockSegment[] = [];
  let prev = '';
  for (const line of block.lines) {
    const text = sliceCodePoints(source, map, line.start, line.end);
    out.push({ text, sourceStart: line.start, joiner: out.length === 0 ? '' : joinerBetween(prev, text) });
    prev = text;
  }
  return out;
}

/**
 * The block as one text: its lines run together (CJK needs no space), with a single space only
 * where a Latin letter or digit meets another. A paragraph cut by a page break reads straight on.
 *
 * @example
 * blockText(source, block) // '…在多個邏輯任務（包括數學和編程）的表現…'
 */
export function blockText(source: string, block: Block): string {
  let text = '';
  for (const seg of blockSegments(source, block)) text += seg.joiner + seg.text;
  return text;
}

/** The article's headline as text, or '' when it has none. */
export function articleTitle(source: string, article: Article): string {
  const headline = article.headlineIndex >= 0 ? article.blocks[article.headlineIndex] : undefined;
  return headline ? blockText(source, headline) : '';
}

/** At most this many characters of an opening stand in for a missing headline. */
const LEAD_MAX = 18;
const CLAUSE_END = /[，。！？；：,!?;:]/u;

/**
 * What names an article without a headline in a list: the opening words of its first paragraph,
 * to the first clause's end or `LEAD_MAX` characters, then `…`. '' when it has a headline (use
 * `articleTitle`) or no paragraph.
 *
 * @example
 * articleLead(source, article) // '和電香港(00215.HK)宣布…'
 */
export function articleLead(source: string, article: Article): string {
  if (article.headlineIndex >= 0) return '';
  const first = article.blocks.find((b) => b.kind === 'paragraph');
  if (!first) return '';
  const text = blockText(source, first);
  const chars = [...text];
  const end = chars.findIndex((ch) => CLAUSE_END.test(ch));
  const cut = chars.slice(0, Math.min(end < 0 ? chars.length : end, LEAD_MAX)).join('').trim();
  return cut === '' ? '' : `${cut}…`;
}

/** How to name an article: its headline, else its opening words (`articleLead`), else ''. */
export function articleName(source: string, article: Article): string {
  return articleTitle(source, article) || articleLead(source, article);
}

/** The article's first byline (an author name or a closing `(作者為…)` line), if it has one. */
export function articleByline(source: string, article: Article): string | undefined {
  const byline = article.blocks.find((b) => b.kind === 'byline');
  return byline ? blockText(source, byline) : undefined;
}

/**
 * A page source's code-point map. Building one scans the whole source, and the UI (and the
 * charts, article by article) asks about many places of the same page in a row: the map of the
 * last source seen is kept.
 */
let cached: { source: string; map: CodePointMap } | undefined;
export function mapFor(source: string): CodePointMap {
  if (cached?.source !== source) cached = { source, map: codePointMap(source) };
  return cached.map;
}
