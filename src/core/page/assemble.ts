import type { BlockKind } from './parsed-page';
import type { DraftArticle, DraftBlock, Line } from './draft';

/** How many blocks into an article a bare author name still counts as its byline. */
const BYLINE_WITHIN_BLOCKS = 4;

/**
 * Groups lines into blocks and blocks into articles, reading the page top to bottom the way a
 * reader does: a paragraph cut by a page break is picked up again in the next prose line; a
 * headline-shaped line opens a new article when the previous one visibly ended (closing byline,
 * stock-tip box, advert contact line) or when a wider gap than usual sets it apart, and is a
 * subhead otherwise. A web address alone on its line says where the text came from: a byline;
 * at an article's end it closes it, and at the top of the page the headline after it is the
 * article's own.
 *
 * @param bigGap blank lines that count as "wider than usual" before a headline-shaped line
 */
export function assemble(lines: readonly Line[], bigGap: number): DraftArticle[] {
  const articles: DraftArticle[] = [];
  let article: DraftArticle | undefined;
  /** The previous block ended its article (byline, stock tip, contact line). */
  let closed = false;
  /** Paragraphs so far in the current article (a bracketed line closes only after prose). */
  let paragraphs = 0;

  for (const line of lines) {
    const last = article?.blocks[article.blocks.length - 1];
    if (last && continues(last, line)) {
      last.lines.push(line);
      last.open = line.open;
      continue;
    }
    const kind = kindOf(line, article, last, closed, bigGap);
    if (kind === 'headline' && article && onlySources(article)) {
      article.headlineIndex = article.blocks.length;
    } else if (!article || kind === 'headline') {
      article = { blocks: [], headlineIndex: kind === 'headline' ? 0 : -1, advert: false };
      articles.push(article);
      paragraphs = 0;
    }
    article.blocks.push({ kind, lines: [line], open: kind === 'paragraph' && line.shape === 'prose' && line.open });
    closed = line.shape === 'stockTip' || line.shape === 'contact' || line.shape === 'source' || (line.shape === 'bracketed' && paragraphs > 0);
    if (kind === 'paragraph') paragraphs++;
  }
  return articles;
}

/**
 * A cut paragraph continues into the next prose line, across any number of blank lines. With no
 * blank line at all between them it is a hard-wrapped paragraph, and even a short piece joins.
 * Closing bylines, stock tips and advert lines never join.
 */
function continues(last: DraftBlock, line: Line): boolean {
  if (last.kind !== 'paragraph' || !last.open) return false;
  if (line.shape === 'prose') return true;
  return line.gap === 0 && (line.shape === 'short' || line.shape === 'other');
}

function kindOf(
  line: Line,
  article: DraftArticle | undefined,
  last: DraftBlock | undefined,
  closed: boolean,
  bigGap: number,
): BlockKind {
  switch (line.shape) {
    case 'stockTip':
      return 'stockTip';
    case 'bracketed':
    case 'source':
      return 'byline';
    case 'short':
      break;
    default:
      return 'paragraph';
  }
  if (!article || closed) return 'headline';
  if (line.author && isEarly(article)) return 'byline';
  if (line.gap >= bigGap) return 'headline';
  if (last?.kind === 'headline' && article.blocks.length === 1) return 'kicker';
  return 'subhead';
}

/** An article that so far has only where-it-came-from lines: no headline, no text. */
function onlySources(article: DraftArticle): boolean {
  return article.headlineIndex < 0 && article.blocks.every((b) => b.lines.every((l) => l.shape === 'source'));
}

/** Near the top of an article, with no byline yet: where a bare author name is printed. */
function isEarly(article: DraftArticle): boolean {
  const { blocks } = article;
  return blocks.length <= BYLINE_WITHIN_BLOCKS - 1 && !blocks.some((b) => b.kind === 'byline');
}
