import { sentenceAround, sentenceSpans } from '../charts/sentences';
import type { Article } from '../page/parsed-page';
import type { Result } from '../result';
import type { Span } from '../span';
import { codePointMap, sliceCodePoints, type CodePointMap } from '../text/code-points';
import { anchor, type Anchored, type Orphaned } from './anchor';
import type { Highlight } from './highlight';

/** A highlight as the page now holds it: where it is (or why it is orphaned) and in which article. */
export interface PlacedHighlight {
  readonly highlight: Highlight;
  readonly found: Result<Anchored, Orphaned>;
  /** The article (of the page as corrected) holding its first character; undefined when orphaned. */
  readonly articleId: string | undefined;
}

/**
 * Anchors a page's highlights in its text and finds each one's article. Split and merge
 * corrections regroup blocks but never change the text, so a highlight stays on the same
 * characters and only its article may change. Sorted by place in the page, orphans last.
 */
export function placeHighlights(source: string, articles: readonly Article[], highlights: readonly Highlight[]): PlacedHighlight[] {
  const map = codePointMap(source);
  const placed = highlights.map((highlight): PlacedHighlight => {
    const found = anchor(source, highlight.selector, map);
    return { highlight, found, articleId: found.ok ? articleAt(articles, found.data.span.start)?.id : undefined };
  });
  const at = (p: PlacedHighlight) => (p.found.ok ? p.found.data.span.start : Number.MAX_SAFE_INTEGER);
  return placed.sort((a, b) => at(a) - at(b) || a.highlight.createdAt - b.highlight.createdAt);
}

/** The article whose span holds a source offset. */
export function articleAt(articles: readonly Article[], offset: number): Article | undefined {
  return articles.find((a) => a.span.start <= offset && offset < a.span.end);
}

/**
 * The sentence around a span of the source (within its line: lines are the page's paragraphs),
 * when it is longer than the span; undefined when the span is the whole sentence or more.
 *
 * @example
 * sentenceOf('甲。恒指升2%，收20,000點。乙', { start: 2, end: 7 }) // '恒指升2%，收20,000點。'
 */
export function sentenceOf(source: string, span: Span, map: CodePointMap = codePointMap(source)): string | undefined {
  const startUnit = map.toUnit(span.start);
  const lineStart = source.lastIndexOf('\n', startUnit - 1) + 1;
  const nextBreak = source.indexOf('\n', map.toUnit(span.end));
  const lineEnd = nextBreak < 0 ? source.length : nextBreak;
  const from = map.toCodePoint(lineStart);
  const line = sliceCodePoints(source, map, from, map.toCodePoint(lineEnd));
  const around = sentenceAround(sentenceSpans(line, from), span);
  if (!around || (around.start >= span.start && around.end <= span.end)) return undefined;
  return sliceCodePoints(source, map, around.start, around.end).trim();
}
