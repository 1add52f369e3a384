import { useLayoutEffect, type RefObject } from 'react';
import { gapAfter, hanPair, isLoose, pieceStarts, widestGap, type LineGap } from '../../core/text/justify-gaps';

/** A paragraph set ragged: justifying it would open gaps wider than core/text/justify-gaps allows. */
const LOOSE = 'data-loose';
/**
 * The longest block judged, in UTF-16 units: each of its lines is measured, and a page imported
 * as one unbroken line (a megabyte, tens of thousands of lines) would hold the main thread for
 * minutes. Longer blocks stay as the stylesheet sets them.
 */
const LONGEST_JUDGED = 4000;
/** What sits in the text but out of its lines: a figure's tip, a stock's card. */
const OUT_OF_LINE = '[role="tooltip"], [role="dialog"], .figure-tip';

/**
 * The widest gap between two Han characters on a line of a justified block but its last, in ems:
 * one pair of Han characters side by side measured on each line piece of each text node (each
 * line's Han gaps are equal), a few boxes a line rather than one a character.
 */
function widestInBlock(block: HTMLElement, em: number, tracking: number): number {
  const gaps: LineGap[] = [];
  let last = -Infinity;
  const range = document.createRange();
  const box = (node: Text, i: number) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getClientRects()[0];
  };
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(OUT_OF_LINE) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    range.selectNodeContents(node);
    // One box a line the node is on (a collapsed space has none wide).
    const middles: number[] = [];
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      const middle = r.top + r.height / 2;
      if (middles.length === 0 || Math.abs(middles.at(-1)! - middle) >= em / 2) middles.push(middle);
    }
    if (middles.length === 0) continue;
    last = Math.max(last, ...middles);
    const middleAt = (i: number) => {
      const b = box(node, i);
      return b && b.top + b.height / 2;
    };
    const starts = pieceStarts(middles, middleAt, node.length, em);
    middles.forEach((middle, p) => {
      const i = hanPair(node.data, starts[p]!, starts[p + 1] ?? node.length);
      if (i < 0) return;
      const [a, b] = [box(node, i), box(node, i + 1)];
      if (a && b) gaps.push({ middle, gap: gapAfter(a.left, b.left, em, tracking) });
    });
  }
  return widestGap(gaps, last, em);
}

/**
 * Sets ragged (`data-loose`, reading.css) each justified paragraph of the article that justifying
 * would spread too far: a demanding typesetter would not print `吉  祥  航  空` before a code that
 * cannot split. Judged when the article appears and whenever its width, font size or typeface
 * changes (before the browser paints), and after its text or marks change or a font arrives (just
 * after: a script toggle's frame does not wait on it); each time from the paragraphs justified
 * (alignment never moves a line break).
 */
export function useLooseParagraphs(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const article = ref.current;
    if (!article) return;
    const judge = () => {
      const blocks = [...article.querySelectorAll<HTMLElement>('[data-block-id]')];
      for (const block of blocks) block.removeAttribute(LOOSE);
      for (const block of blocks) {
        const style = getComputedStyle(block);
        if (style.textAlign !== 'justify' || (block.textContent?.length ?? 0) > LONGEST_JUDGED) continue;
        const em = parseFloat(style.fontSize);
        const tracking = (parseFloat(style.letterSpacing) || 0) / em;
        if (isLoose(widestInBlock(block, em, tracking))) block.setAttribute(LOOSE, '');
      }
    };
    // After the next paint: a script toggle or the marks arriving change the text and seldom where
    // its lines break, and their frame paints without waiting on this.
    let frame = 0;
    let timer = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = requestAnimationFrame(() => (timer = window.setTimeout(judge)));
    };
    judge();
    // Width and font size: judged in the observer, after layout and before paint. (A new line
    // height changes the height alone, and no line break.)
    const look = () => {
      const style = getComputedStyle(article);
      return `${article.getBoundingClientRect().width} ${style.fontSize} ${style.fontFamily}`;
    };
    let was = look();
    const resize = new ResizeObserver(() => {
      const now = look();
      if (now === was) return;
      was = now;
      judge();
    });
    resize.observe(article);
    // Text and marks: a tip or a card opening inside the text changes no line.
    const text = new MutationObserver((records) => {
      if (records.some((r) => !(r.target instanceof Element ? r.target : r.target.parentElement)?.closest(OUT_OF_LINE) && !onlyOutOfLine(r))) later();
    });
    text.observe(article, { childList: true, characterData: true, subtree: true });
    // The typeface (serif or sans) and the script's fonts, set on the root (useReadingLook).
    const root = new MutationObserver(later);
    root.observe(document.documentElement, { attributes: true, attributeFilter: ['data-typeface', 'lang'] });
    document.fonts.addEventListener('loadingdone', later);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resize.disconnect();
      text.disconnect();
      root.disconnect();
      document.fonts.removeEventListener('loadingdone', later);
    };
  }, [ref]);
}

/** A record that only adds or removes a tip or a card. */
function onlyOutOfLine(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && n.matches(OUT_OF_LINE));
}
