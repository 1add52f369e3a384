import type { DraftArticle, DraftBlock } from './draft';

/**
 * Finds adverts by their content: a run of lines with no prose at all (a greeting, a company
 * name, an address) that carries a phone, fax or address line. Such a run at the end of an
 * article is split off as an article of its own; when it is the whole article, the article is the
 * advert. Every block of an advert becomes kind `advert`; its headline is its first line when that
 * line is headline-shaped (so the contents list can still name it).
 */
export function separateAdverts(articles: readonly DraftArticle[]): DraftArticle[] {
  const out: DraftArticle[] = [];
  for (const article of articles) {
    const start = advertTailStart(article.blocks);
    if (start < 0) {
      out.push(article);
      continue;
    }
    if (start > 0) {
      const head = article.blocks.slice(0, start);
      out.push({ ...article, blocks: head, headlineIndex: article.headlineIndex < start ? article.headlineIndex : -1 });
    }
    out.push(toAdvert(article.blocks.slice(start)));
  }
  return out;
}

/** Index where the trailing advert run starts, or -1 when the article ends in no advert. */
function advertTailStart(blocks: readonly DraftBlock[]): number {
  let start = blocks.length;
  let contact = false;
  while (start > 0) {
    const block = blocks[start - 1]!;
    if (!isAdvertLike(block)) break;
    if (block.lines.some((l) => l.shape === 'contact')) contact = true;
    start--;
  }
  return contact ? start : -1;
}

/**
 * Lines an advert is made of: anything without sentence punctuation except what closes an article
 * (a bracketed byline, a stock tip) or repeats it (a caption). A bare "author name" counts: a
 * greeting such as `恭賀新禧` has the same shape.
 */
function isAdvertLike(block: DraftBlock): boolean {
  if (block.kind === 'stockTip' || block.kind === 'caption') return false;
  return block.lines.every((l) => !l.punctuated && l.shape !== 'bracketed');
}

function toAdvert(blocks: DraftBlock[]): DraftArticle {
  const first = blocks[0]!;
  const titled = first.lines.length === 1 && first.lines[0]!.shape === 'short';
  for (const block of blocks) block.kind = 'advert';
  return { blocks, headlineIndex: titled ? 0 : -1, advert: true };
}
