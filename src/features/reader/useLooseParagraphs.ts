import { useLayoutEffect, type RefObject } from 'react';
import { isLoose, type PlacedChar } from '../../core/text/justify-gaps';

/** A paragraph set ragged: justifying it would open gaps wider than core/text/justify-gaps allows. */
const LOOSE = 'data-loose';
/** What sits in the text but out of its lines: a figure's tip, a stock's card. */
const OUT_OF_LINE = '[role="tooltip"], [role="dialog"], .figure-tip';

/** Each character of a block where it stands, text out of its lines left out. */
function placedChars(block: HTMLElement): PlacedChar[] {
  const chars: PlacedChar[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(OUT_OF_LINE) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      // A character outside the BMP is two code units: its box is the pair's.
      const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
      range.setStart(node, i);
      range.setEnd(node, i + size);
      const box = range.getClientRects()[0];
      if (box) chars.push({ c: text.slice(i, i + size), left: box.left, middle: box.top + box.height / 2 });
      i += size - 1;
    }
  }
  return chars;
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
        if (style.textAlign !== 'justify') continue;
        const em = parseFloat(style.fontSize);
        const tracking = (parseFloat(style.letterSpacing) || 0) / em;
        if (isLoose(placedChars(block), em, tracking)) block.setAttribute(LOOSE, '');
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
