import type { Page } from '@playwright/test';

/** The sample's subhead the selection helpers start from. */
export const SUBHEAD = '拆穿美科企估值泡沫';

/**
 * Selects, the way a reader's drag would leave it, a few characters before the first figure
 * after the subhead, the figure, and a few after it; returns the selected text and its block.
 */
export async function selectAcrossFigure(page: Page): Promise<{ text: string; blockId: string }> {
  return page.evaluate((subhead) => {
    const rows = [...document.querySelectorAll('[data-testid="reader"] .split-row')];
    const row = rows.find((r) => r.textContent?.includes(subhead))!;
    let block = row.nextElementSibling;
    while (block && !block.querySelector('mark.figure')) block = block.nextElementSibling;
    const figure = block!.querySelector('mark.figure')!;
    figure.scrollIntoView({ block: 'center' });
    const before = figure.previousSibling as Text;
    const after = figure.nextSibling as Text;
    const range = document.createRange();
    range.setStart(before, Math.max(0, before.length - 3));
    range.setEnd(after, Math.min(2, after.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return { text: range.toString(), blockId: (block as HTMLElement).dataset.blockId! };
  }, SUBHEAD);
}
