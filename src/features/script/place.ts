/**
 * The reader's place across a re-render that changes every character but no length: the block
 * at the top of each reading pane and its distance from the top, and the selection as
 * (block, character offset) pairs. Conversion keeps lengths, so offsets stay valid.
 */
interface Anchor {
  scroller: HTMLElement;
  blockId: string;
  delta: number;
}

interface TextPoint {
  blockId: string;
  offset: number;
}

export interface Place {
  anchors: Anchor[];
  selection: { anchor: TextPoint; focus: TextPoint } | undefined;
}

export function capturePlace(): Place {
  const anchors: Anchor[] = [];
  for (const scroller of document.querySelectorAll<HTMLElement>('[data-testid="reader"]')) {
    const top = scroller.getBoundingClientRect().top;
    for (const block of scroller.querySelectorAll<HTMLElement>('[data-block-id]')) {
      const rect = block.getBoundingClientRect();
      if (rect.bottom > top + 1) {
        anchors.push({ scroller, blockId: block.dataset.blockId!, delta: rect.top - top });
        break;
      }
    }
  }
  const sel = window.getSelection();
  let selection: Place['selection'];
  if (sel && sel.rangeCount > 0 && !sel.isCollapsed && sel.anchorNode && sel.focusNode) {
    const anchor = toTextPoint(sel.anchorNode, sel.anchorOffset);
    const focus = toTextPoint(sel.focusNode, sel.focusOffset);
    if (anchor && focus) selection = { anchor, focus };
  }
  return { anchors, selection };
}

/** Scrolls each reading pane so its anchor block is where it was. Lays the page out to measure. */
export function restoreScroll(place: Place): void {
  for (const { scroller, blockId, delta } of place.anchors) {
    const block = scroller.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
    if (!block) continue;
    const now = block.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += now - delta;
  }
}

/** Selects again what was selected, by text offsets within blocks. Needs no layout. */
export function restoreSelection(place: Place): void {
  if (place.selection) {
    const a = fromTextPoint(place.selection.anchor);
    const f = fromTextPoint(place.selection.focus);
    if (a && f) window.getSelection()?.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
  }
}

function blockOf(node: Node): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : node.parentElement;
  return el?.closest<HTMLElement>('[data-block-id]') ?? null;
}

function toTextPoint(node: Node, offset: number): TextPoint | undefined {
  const block = blockOf(node);
  if (!block) return undefined;
  let count = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return { blockId: block.dataset.blockId!, offset: count + offset };
    count += t.nodeValue?.length ?? 0;
  }
  return node === block ? { blockId: block.dataset.blockId!, offset: 0 } : undefined;
}

function fromTextPoint(point: TextPoint): { node: Node; offset: number } | undefined {
  const block = document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(point.blockId)}"]`);
  if (!block) return undefined;
  let remaining = point.offset;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const len = t.nodeValue?.length ?? 0;
    if (remaining <= len) return { node: t, offset: remaining };
    remaining -= len;
  }
  return undefined;
}
