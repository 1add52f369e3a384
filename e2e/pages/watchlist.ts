import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The watchlist as a reader meets it: a stock's card, opened from its mention in the text, and
 * the watchlist pane with its items, notes, mentions and export and import.
 */
export class Watchlist {
  readonly page: Page;
  readonly pane: Locator;
  readonly items: Locator;
  readonly empty: Locator;
  /** The stock card a mention opens. */
  readonly card: Locator;
  /** The card's add/remove button. */
  readonly toggle: Locator;

  constructor(page: Page) {
    this.page = page;
    this.pane = page.getByTestId('watchlist');
    this.items = this.pane.getByTestId('watchlist-item');
    this.empty = page.getByTestId('watchlist-empty');
    this.card = page.getByRole('dialog').filter({ has: page.getByTestId('watch-toggle') });
    this.toggle = this.card.getByTestId('watch-toggle');
  }

  /**
   * A stock in the first article's stock-tip box (心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)):
   * one mention of each, always on the sample's first article.
   */
  tip(code: string): Locator {
    return this.page.getByTestId('reader').locator(`[data-block-kind="stockTip"] [data-stock-code="${code}"]`);
  }

  item(code: string): Locator {
    return this.items.and(this.page.locator(`[data-stock-code="${code}"]`));
  }

  note(code: string): Locator {
    return this.item(code).getByLabel(/筆記|笔记/);
  }

  mentions(code: string): Locator {
    return this.item(code).getByTestId('watchlist-mention');
  }

  /** The watched stocks' codes, in the pane's order. */
  codes(): Promise<(string | null)[]> {
    return this.items.evaluateAll((items) => items.map((el) => el.getAttribute('data-stock-code')));
  }

  /** Adds a stock from its mark in the stock-tip box through its card, then closes the card. */
  async watchFromTip(code: string): Promise<void> {
    await this.tip(code).click();
    await this.toggle.click();
    await expect(this.toggle).toHaveText(/移除自[選选]股/);
    await this.page.keyboard.press('Escape');
    await expect(this.card).toBeHidden();
    await expect(this.item(code)).toBeVisible();
  }

  /** Removes a stock with its button in the pane (named after the stock, as a screen reader says it). */
  async remove(code: string, name: string): Promise<void> {
    await this.item(code).getByRole('button', { name: `移除自選股：${name}` }).click();
    await expect(this.item(code)).toHaveCount(0);
  }
}
