import type { Block } from '../../core/page/parsed-page';
import type { Span } from '../../core/span';
import { codePointLength } from '../../core/text/code-points';

/** What sits inside a block but is not its text: a figure's tip, a stock's card. */
const NOT_TEXT = '.figure-tip, .stock-card, [data-not-text]';

/**
 * The page-source span a DOM selection covers in the reader, or undefined when it does not start
 * and end in an article's text. A block renders its lines one after another, each converted
 * without changing its length in code points, so the code points before a point in a block's
 * text nodes count the same in either script; the block's lines map that count to the source.
 */
export function selectionSpan(range: Range, root: Element, blocks: ReadonlyMap<string, Block>): Span | undefined {
  const start = pointOffset(range.startContainer, range.startOffset, root, blocks, 'start');
  const end = pointOffset(range.endContainer, range.endOffset, root, blocks, 'end');
  if (start === undefined || end === undefined || end <= start) return undefined;
  const articleOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[data-testid="article"]');
  if (articleOf(range.startContainer) !== articleOf(range.endContainer)) return undefined;
  return { start, end };
}

function pointOffset(node: Node, offset: number, root: Element, blocks: ReadonlyMap<string, Block>, side: 'start' | 'end'): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || !root.contains(element) || element.closest(NOT_TEXT)) return undefined;
  const blockEl = element.closest<HTMLElement>('[data-block-id]');
  if (blockEl) {
    const block = blocks.get(blockEl.dataset.blockId ?? '');
    return block ? toSource(block, countBefore(blockEl, node, offset)) : undefined;
  }
  // A point between blocks (a triple click ends at the next block's start): the nearest block edge.
  if (!(node instanceof Element)) return undefined;
  const child = node.childNodes[offset];
  const inside = (el: Element | null | undefined) => (el?.matches('[data-block-id]') ? el : el?.querySelector('[data-block-id]'));
  const edge = side === 'end' && !child ? lastBlockIn(node) : inside(child instanceof Element ? child : undefined);
  const block = blocks.get((edge as HTMLElement | null | undefined)?.dataset.blockId ?? '');
  if (!block) return undefined;
  return side === 'end' && !child ? block.span.end : block.span.start;
}

function lastBlockIn(el: Element): Element | undefined {
  const all = el.querySelectorAll('[data-block-id]');
  return all[all.length - 1];
}

/** Code points of the block's own text before (node, offset). */
function countBefore(blockEl: HTMLElement, node: Node, offset: number): number {
  const probe = document.createRange();
  probe.setStart(blockEl, 0);
  probe.setEnd(node, offset);
  const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT, {
    acceptNode: (t) => (t.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let count = 0;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (t === node) return count + codePointLength(t.data.slice(0, offset));
    if (probe.comparePoint(t, t.length) !== 0) break;
    count += codePointLength(t.data);
  }
  return count;
}

/** A count of code points into a block's rendered lines, as a page-source offset. */
function toSource(block: Block, count: number): number {
  let left = count;
  for (const line of block.lines) {
    const length = line.end - line.start;
    if (left <= length) return line.start + left;
    left -= length;
  }
  return block.span.end;
}
