import type { Page } from '@playwright/test';

/** The sample's subhead the selection helpers start from. */
export const SUBHEAD = '拆穿美科企估值泡沫';

/** Where a selection starts and ends, found in the page: the text of a mark and of its neighbours. */
type Where = 'across-figure' | 'from-inside-stock';

/**
 * Selects as a reader's drag would leave it, and returns the selected text and its block:
 * - `across-figure`: a few characters before the first figure after the subhead, the figure, and
 *   a few after it;
 * - `from-inside-stock`: from the second character of the first stock mark in running text to two
 *   characters after it.
 */
async function select(page: Page, where: Where): Promise<{ text: string; blockId: string }> {
  return page.evaluate(
    ([where, subhead]) => {
      let mark: HTMLElement;
      let start: [Text, number];
      if (where === 'across-figure') {
        const rows = [...document.querySelectorAll('[data-testid="reader"] .split-row')];
        let block = rows.find((r) => r.textContent?.includes(subhead))!.nextElementSibling;
        while (block && !block.querySelector('mark.figure')) block = block.nextElementSibling;
        mark = block!.querySelector<HTMLElement>('mark.figure')!;
        const before = mark.previousSibling as Text;
        start = [before, Math.max(0, before.length - 3)];
      } else {
        mark = [...document.querySelectorAll<HTMLElement>('[data-testid="reader"] [data-stock-code]')].find(
          (s) => s.nextSibling?.nodeType === Node.TEXT_NODE && /^\S{2}/.test(s.nextSibling.textContent ?? ''),
        )!;
        const inside = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT).nextNode() as Text;
        start = [inside, Math.min(1, inside.length - 1)];
      }
      mark.scrollIntoView({ block: 'center' });
      const after = mark.nextSibling as Text;
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(after, Math.min(2, after.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { text: range.toString(), blockId: mark.closest<HTMLElement>('[data-block-id]')!.dataset.blockId! };
    },
    [where, SUBHEAD] as const,
  );
}

export const selectAcrossFigure = (page: Page) => select(page, 'across-figure');
export const selectFromInsideStock = (page: Page) => select(page, 'from-inside-stock');
