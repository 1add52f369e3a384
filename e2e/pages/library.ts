import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The library as a reader meets it: the top bar's button and search box, the dialog with its
 * import forms and list of pages, and what an import says.
 */
export class Library {
  readonly page: Page;
  readonly openButton: Locator;
  readonly dialog: Locator;
  /** The pages listed in the dialog. */
  readonly items: Locator;
  /** Their titles, in the dialog's order (newest first, after the sample). */
  readonly titles: Locator;
  /** What the last import said: imported, or refused and why. */
  readonly message: Locator;
  readonly encodingReport: Locator;
  readonly search: Locator;
  readonly results: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByTestId('library-open');
    this.dialog = page.getByTestId('library-dialog');
    this.items = this.dialog.getByTestId('library-item');
    this.titles = this.items.getByTestId('library-title');
    this.message = page.getByTestId('import-message');
    this.encodingReport = page.getByTestId('import-encoding-report');
    this.search = page.getByTestId('search');
    this.results = page.getByTestId('search-result');
  }

  async open(): Promise<void> {
    if (await this.dialog.isVisible()) return;
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /** Pastes text into the import form and submits it. */
  async paste(text: string): Promise<void> {
    await this.open();
    await this.page.getByTestId('import-text').fill(text);
    await this.page.getByTestId('import-submit').click();
  }

  /** Chooses a file in the import form. */
  async choose(name: string, buffer: Buffer, mimeType = 'text/plain'): Promise<void> {
    await this.open();
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
  }

  /**
   * Chooses a file of `size` zero bytes made in the page, not sent from here: a huge file costs
   * the browser an allocation, not a transfer.
   */
  async chooseZeros(name: string, size: number): Promise<void> {
    await this.open();
    await this.page.getByTestId('import-file').evaluate(
      (input: HTMLInputElement, [fileName, bytes]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new ArrayBuffer(bytes)], fileName, { type: 'text/plain' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [name, size] as const,
    );
  }

  /** The titles listed, after opening the dialog if need be. */
  async listed(): Promise<Locator> {
    await this.open();
    return this.titles;
  }

  /** One page of the list, by position. */
  item(index: number): Locator {
    return this.items.nth(index);
  }

  /** Renames a listed page inline. */
  async rename(index: number, title: string): Promise<void> {
    await this.item(index).getByRole('button', { name: /改名/ }).click();
    const input = this.page.getByTestId('library-rename-input');
    await input.fill(title);
    await input.press('Enter');
    await expect(this.titles.nth(index)).toHaveText(title);
  }

  /** Types a query into the top bar's search and waits for the first result. */
  async find(query: string): Promise<Locator> {
    await this.search.fill(query);
    await expect(this.results.first()).toBeVisible();
    return this.results;
  }
}
