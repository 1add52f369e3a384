import type { ParsedPage } from './parsed-page';
import type { Span } from '../span';

const BREAK = /[\n\r\u2028\u2029]/u;
const SPACE = /\s/u;

/**
 * Checks the page contract independently of the parser (plain code-point arrays and `\s`, no
 * shared helpers), so tests, dev builds and replays of stored corrections can tell a page that
 * lost or duplicated text. Returns what is wrong; an empty list means the page is sound:
 * - the blocks' lines, in order, are exactly the source's non-blank lines, trimmed — so every
 *   non-whitespace code point is in exactly one block and blocks are ordered and disjoint;
 * - each block's id is `b` + its start and its span runs from its first line to its last;
 * - the articles partition `page.blocks` in order, each with id `a` + its first block's start,
 *   a span over its blocks and a `headlineIndex` inside it (or -1).
 */
export function pageViolations(page: ParsedPage): string[] {
  const problems: string[] = [];
  const expected = nonBlankLines(page.source);
  const actual = page.blocks.flatMap((b) => b.lines);
  if (actual.length !== expected.length) problems.push(`blocks hold ${actual.length} lines, source has ${expected.length}`);
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (a.start !== e.start || a.end !== e.end) {
      problems.push(`line ${i} is ${a.start}–${a.end}, source line is ${e.start}–${e.end}`);
      break;
    }
  }
  for (const block of page.blocks) {
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    if (!first || !last) problems.push(`block ${block.id} has no lines`);
    else if (block.span.start !== first.start || block.span.end !== last.end) problems.push(`block ${block.id} span`);
    if (block.id !== `b${block.span.start}`) problems.push(`block id ${block.id} ≠ b${block.span.start}`);
  }
  const grouped = page.articles.flatMap((a) => a.blocks);
  if (grouped.length !== page.blocks.length || grouped.some((b, i) => b !== page.blocks[i])) {
    problems.push('articles do not partition the blocks in order');
  }
  for (const article of page.articles) {
    const first = article.blocks[0];
    const last = article.blocks[article.blocks.length - 1];
    if (!first || !last) {
      problems.push(`article ${article.id} is empty`);
      continue;
    }
    if (article.id !== `a${first.span.start}`) problems.push(`article id ${article.id} ≠ a${first.span.start}`);
    if (article.span.start !== first.span.start || article.span.end !== last.span.end) problems.push(`article ${article.id} span`);
    if (article.headlineIndex < -1 || article.headlineIndex >= article.blocks.length) {
      problems.push(`article ${article.id} headlineIndex ${article.headlineIndex}`);
    }
  }
  return problems;
}

/** The source's non-blank lines, trimmed, as code-point spans. */
function nonBlankLines(source: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  let i = 0;
  for (const ch of source) {
    if (BREAK.test(ch)) {
      if (start >= 0) out.push({ start, end });
      start = -1;
    } else if (!SPACE.test(ch)) {
      if (start < 0) start = i;
      end = i + 1;
    }
    i++;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}
