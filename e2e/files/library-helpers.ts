/** Steps the library's end-to-end tests share: open the dialog, paste, choose a file, list titles. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export async function openLibrary(page: Page) {
  await page.getByTestId('library-open').click();
  await expect(page.getByTestId('library-dialog')).toBeVisible();
}

export async function paste(page: Page, text: string) {
  await openLibrary(page);
  await page.getByTestId('import-text').fill(text);
  await page.getByTestId('import-submit').click();
}

export async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/plain') {
  if (!(await page.getByTestId('library-dialog').isVisible())) await openLibrary(page);
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
}

/** The pages listed in the library dialog (opened if need be), by title. */
export async function libraryTitles(page: Page) {
  if (!(await page.getByTestId('library-dialog').isVisible())) await openLibrary(page);
  return page.getByTestId('library-item').getByTestId('library-title');
}

/** The first bytes of a PNG: enough for the import to know an image when it sees one. */
export function pngBytes(): Buffer {
  return Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
}

/** The first bytes of a ZIP archive (a docx or epub is one). */
export function zipBytes(): Buffer {
  return Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78, 0x74]);
}
