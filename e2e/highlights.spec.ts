import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createHk2s } from '../src/core/script/hk2s';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { SUBHEAD, selectAcrossFigure, selectFromInsideStock } from './pages/selection';

const NOTE = '估值重估的關鍵一句';
const hk2s = createHk2s();

/** The text a highlight marks, its segments joined. */
async function markedText(page: Page, id: string): Promise<string> {
  return page.locator(`[data-testid="reader"] [data-highlight-id="${id}"]`).evaluateAll((marks) => marks.map((m) => m.textContent).join(''));
}

/** A block's own text (no tips or cards), and where the highlight's first segment starts in it, in code points. */
async function blockAndOffset(page: Page, blockId: string, id: string): Promise<{ text: string; at: number }> {
  return page.evaluate(
    ({ blockId, id }) => {
      const block = document.querySelector(`[data-testid="reader"] [data-block-id="${blockId}"]`)!;
      const first = block.querySelector(`[data-highlight-id="${id}"]`)!;
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEndBefore(first);
      return { text: block.textContent ?? '', at: [...range.toString()].length };
    },
    { blockId, id },
  );
}

test.describe('highlights', () => {
  test('across a figure: a note, both scripts, a split, a reload, and a Markdown export', async ({ page, desk }) => {
    await openApp(page);
    const { text, blockId } = await selectAcrossFigure(page);
    expect([...text].length).toBeGreaterThan(3);
    const toolbar = page.getByTestId('highlight-create');
    await expect(toolbar).toBeVisible();
    await toolbar.locator('[data-colour="green"]').click();
    await expect(toolbar).toBeHidden();

    const marks = desk.reader.getByTestId('highlight');
    await expect(marks.first()).toBeVisible();
    const id = (await marks.first().getAttribute('data-highlight-id'))!;
    // Cut at the figure's edges: segments before, inside and after it; the figure stays one mark.
    expect(await desk.reader.locator(`[data-highlight-id="${id}"]`).count()).toBeGreaterThanOrEqual(2);
    await expect(desk.reader.locator(`mark.figure [data-highlight-id="${id}"]`)).toHaveCount(1);
    expect(await markedText(page, id)).toBe(text);

    // A note, from the highlight's popover.
    await marks.first().click();
    await page.getByTestId('highlight-note').fill(NOTE);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('highlight-note')).toBeHidden();

    // The other script: the same characters marked, as the converter writes them.
    const hant = await blockAndOffset(page, blockId, id);
    await desk.toggleScript();
    await expect.poll(() => markedText(page, id)).not.toBe(text);
    const hans = await blockAndOffset(page, blockId, id);
    expect(hans.at).toBe(hant.at);
    expect([...(await markedText(page, id))]).toHaveLength([...text].length);
    expect(await markedText(page, id)).toBe([...hk2s(hant.text)].slice(hant.at, hant.at + [...text].length).join(''));
    await desk.toggleScript();
    await expect.poll(() => markedText(page, id)).toBe(text);

    // Split at the subhead: the passage moves to a new article, still marked.
    await desk.reader.locator('.split-row', { hasText: SUBHEAD }).getByTestId('split-here').click();
    await expect(desk.entries).toHaveCount(8);

    // The library search finds the note and the quote written in the other script, labelled as
    // the reader's; a result opens the passage.
    const search = page.getByTestId('search');
    const found = page.locator(`[data-testid="search-result"][data-highlight-id="${id}"]`);
    await search.fill(hk2s(NOTE.slice(2, 6)));
    await expect(found).toHaveCount(1);
    await expect(found).toContainText(NOTE.slice(2, 6));
    await search.fill(hk2s(text));
    await expect(found).toHaveCount(1);
    await found.click();
    await expect(page).toHaveURL(new RegExp(`#/sample/[\\w-]+\\?h=${id}$`));
    await expect(desk.headlines.first()).toHaveText(SUBHEAD);

    const notebook = page.getByRole('region', { name: '重點與筆記', exact: true });
    const item = notebook.locator(`[data-testid="notebook-item"][data-highlight-id="${id}"]`);
    await expect(item).toContainText(NOTE);
    await item.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`\\?h=${id}$`));
    await expect(desk.headlines.first()).toHaveText(SUBHEAD);
    await expect.poll(() => markedText(page, id)).toBe(text);

    // Stored: back after a reload, from its link.
    const link = new URL(page.url()).hash;
    await page.goto(`/${link}`);
    await desk.annotated();
    await expect.poll(() => markedText(page, id)).toBe(text);
    await expect(item).toContainText(NOTE);

    // Markdown: the page's title and date, the quote, its sentence, the note, the link back.
    const [download] = await Promise.all([page.waitForEvent('download'), notebook.getByTestId('highlights-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^broadsheet-highlights-sample-\d{8}\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^## 投資全方位 · \d{4}-\d{2}-\d{2}$/m);
    expect(markdown).toContain(`> ${text}\n`);
    expect(markdown).toMatch(/^> 上下文：.+/m);
    expect(markdown).toContain(`筆記：${NOTE}`);
    expect(markdown).toContain(`${link})`);
  });

  test('from the keyboard: H takes a selection to the toolbar, a colour, the popover (axe), delete with undo', async ({ page, desk }) => {
    await openApp(page);
    await selectAcrossFigure(page);
    // Shift+→ extends it, as a keyboard selection does; the hint is announced.
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: '按 H 標示重點' })).toHaveCount(1);
    const toolbar = page.getByTestId('highlight-create');
    await page.keyboard.press('h');
    await expect(toolbar.locator('[data-colour="yellow"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.locator('[data-colour="green"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toolbar).toBeHidden();
    const marks = desk.reader.getByTestId('highlight');
    const first = desk.reader.locator('[data-testid="highlight"][tabindex="0"]');
    await expect(first).toBeFocused();
    await expect(first).toHaveClass(/hl-green/);
    await expect(page.getByRole('status').filter({ hasText: '已標示重點' })).toHaveCount(1);

    // The popover over a highlight that crosses a figure: nothing for axe to find.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('highlight-note')).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByTestId('highlight-delete').click();
    await expect(marks).toHaveCount(0);
    await page.getByTestId('undo-highlight-delete').click();
    await expect(marks.first()).toBeVisible();

    // A highlight that starts inside a stock mark takes its Tab stop after the mark, never a
    // control inside the stock's own: axe finds no nested control.
    await page.keyboard.press('Escape');
    await desk.openArticle(1); // its stocks stand in running text
    await selectFromInsideStock(page);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('h');
    await expect(toolbar.locator('[data-colour="yellow"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toolbar).toBeHidden();
    await expect(desk.reader.locator('[data-stock-code] [data-testid="highlight"]')).not.toHaveCount(0);
    await expect(desk.reader.locator('[data-stock-code] [data-testid="highlight"][tabindex]')).toHaveCount(0);
    await expect(desk.reader.locator('[data-testid="highlight"][tabindex="0"]')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});
