import type { Page } from '@playwright/test';
import { pngBytes, zipBytes } from './files/binary';
import { BIG5_PAGE, big5Bytes, GB_PAGE, gb18030Bytes, utf8Bytes } from './files/pages';
import { expect, test } from './fixtures';
import { seedRaw, storedAs } from './seed';
import { storedText, storedValues } from './stored';

const PASTED = {
  headline: '恒指高開後回軟 成交縮減',
  text: '恒指高開後回軟 成交縮減\n\n本報記者　黃小玲\n\n恒生指數昨日高開一百點後回軟，全日收市微跌，主板成交額縮減至九百億港元。\n\n市場人士指出，投資者觀望美國就業數據，港股短期或於兩萬點附近整固。\n',
};

/** A drag's data carrying PASTED as a UTF-8 file, in the page. */
function droppedFile(page: Page) {
  return page.evaluateHandle(
    (data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], '恒指.txt', { type: 'text/plain' }));
      return transfer;
    },
    [...utf8Bytes(PASTED.text, true)],
  );
}

test.describe('library: import', () => {
  test('imports pasted Traditional text and opens it at its first article', async ({ page, desk, library }) => {
    await desk.open();
    await library.paste(PASTED.text);
    await expect(library.dialog).toBeHidden();
    await expect(desk.entries.first()).toContainText(PASTED.headline);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    expect(page.url()).toMatch(/#\/p[0-9a-z]+$/);
    // Said over the page for a few seconds, and in the dialog after.
    await library.open();
    await expect(library.message).toContainText(`已匯入「${PASTED.headline}」`);
  });

  test('takes a first line that only says where the text came from as a byline, not the headline', async ({ desk, library }) => {
    await desk.open();
    const url = 'https://www.example.com/news/2207773/';
    await library.paste(`# source: ${url}\n${PASTED.text}`);
    await library.open();
    await expect(library.message).toContainText(`已匯入「${PASTED.headline}」`);
    await library.close();
    await expect(desk.entries.first()).toContainText(PASTED.headline);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    const source = desk.reader.locator('[data-block-kind="byline"]', { hasText: url });
    await expect(source).toHaveText(`# source: ${url}`);
    await expect(source.locator('a')).toHaveCount(0); // the page's text, never markup or a link
  });

  test('imports a Big5-HKSCS file and a GB18030 file, and says which encoding it chose', async ({ desk, library }) => {
    await desk.open();
    await library.choose('港股.txt', big5Bytes());
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
    // 嘅 and 啲 are HKSCS: only a Big5-HKSCS reading gives them.
    await expect(desk.reader).toContainText('下季業績嘅預期');
    await expect(desk.reader).toContainText('啲資金');
    // The notice over the page goes after a few seconds; the dialog keeps the last file's report.
    await library.open();
    const report = library.dialog.getByTestId('import-encoding-report');
    await expect(report).toHaveAttribute('data-encoding', 'big5');
    await expect(report).toContainText('Big5');
    await expect(report).toContainText(/把握 \d+%/);

    await library.choose('滬深.txt', gb18030Bytes());
    // A Simplified page reads in Traditional like any other, and as written in Simplified.
    await expect(desk.headlines).toHaveText(['滬深兩市成交額突破萬億元']);
    await library.open();
    await expect(report).toHaveAttribute('data-encoding', 'gb18030');
    await expect(report).toContainText('GB18030');
    await library.close();
    await desk.toggleScript();
    await expect(desk.headlines).toHaveText([GB_PAGE.headline]);
    await library.open();
    await expect(report).toContainText('置信度'); // the mainland's word for 把握
  });

  test('re-decodes the last file with the encoding the reader chooses', async ({ desk, library }) => {
    await desk.open();
    await library.choose('港股.txt', big5Bytes());
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
    await library.open();
    const encoding = library.dialog.getByTestId('import-encoding');
    await expect(encoding).toHaveValue('big5');
    await encoding.selectOption('gb18030');
    await expect(library.dialog.getByTestId('import-encoding-report')).toContainText('由你指定');
    await expect(desk.reader).not.toContainText(BIG5_PAGE.headline);
    await expect(desk.entries.first()).not.toContainText(BIG5_PAGE.headline);
    await encoding.selectOption('big5');
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
    await expect(encoding).toHaveValue('big5');
  });

  test('imports a file dropped anywhere on the window, with an overlay while dragging', async ({ page, desk, library }) => {
    await desk.open();
    const dataTransfer = await droppedFile(page);
    // The window listens for drops once the library's controls (their own chunk) are in the top
    // bar, from an effect after they paint: enter again until the overlay answers.
    await expect(library.openButton).toBeVisible();
    await expect(async () => {
      await page.dispatchEvent('main', 'dragenter', { dataTransfer });
      await expect(page.getByTestId('drop-overlay')).toBeVisible({ timeout: 500 });
    }).toPass();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByTestId('drop-overlay')).toBeHidden();
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    await library.open();
    await expect(library.dialog.getByTestId('import-encoding-report')).toHaveAttribute('data-encoding', 'utf-8');
  });

  test('keeps a file dropped before the library is ready, and imports it once it is', async ({ page, desk }) => {
    // Hold back the library's controls (their own chunk) until the file has been dropped.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/LibraryBar-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.locator('main')).toBeAttached();
    // The first response's page shows the bar, but the app is not live until that chunk is in.
    await expect(page.locator('html[data-live]')).toHaveCount(0);
    const dataTransfer = await droppedFile(page);
    const kept = await page.evaluate(
      (transfer) => !window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true })),
      dataTransfer,
    );
    expect(kept, 'the drop was taken from the browser (default prevented)').toBe(true);
    release();
    await expect(desk.headlines).toHaveText([PASTED.headline]);
  });

  test('refuses bad input with a clear message and leaves the library as it was', async ({ page, desk, library }) => {
    await desk.open();
    const titles = await library.listed();
    await expect(titles).toHaveCount(1);
    const pasting = (text: string) => () => page.getByTestId('import-text').fill(text).then(() => page.getByTestId('import-submit').click());
    const cases: [string, () => Promise<void>, RegExp][] = [
      ['empty text', pasting(''), /貼上的文字是空的/],
      ['blank text', pasting(' \n\t　\n'), /貼上的文字是空的/],
      ['an image', () => library.choose('chart.png', pngBytes(), 'image/png'), /不是純文字檔.*PNG/],
      ['a zip', () => library.choose('pages.zip', zipBytes(), 'application/zip'), /不是純文字檔/],
      // Made in the page: the size is refused before a byte is read (the vetting itself is unit-tested).
      ['a file over 20 MB', () => library.chooseZeros('huge.txt', 21 * 1024 * 1024), /太大（21\.0 MB），上限是 20\.0 MB/],
    ];
    for (const [what, act, says] of cases) {
      await act();
      await expect(library.message, what).toHaveAttribute('data-problem', /.+/);
      await expect(library.message, what).toContainText(says);
      await expect(library.message, what).toContainText('文庫沒有改動');
      await expect(titles, what).toHaveCount(1);
      await expect(library.dialog, what).toBeVisible();
    }
    // The message follows the script.
    await library.close();
    await desk.toggleScript();
    await expect(library.message).toContainText('文库没有改动');
  });

  test('imports markup as text, never run, and says so', async ({ page, desk, library }) => {
    await desk.open();
    page.on('dialog', (d) => {
      throw new Error(`page script ran: ${d.message()}`);
    });
    await library.paste('<script>alert(1)</script>標題\n\n<img src=x onerror="window.pwned=1">正文段落，內容如下。\n');
    await expect(library.message.locator('[data-problem="html"]')).toContainText('永遠不會執行');
    await expect(desk.reader).toContainText('<img src=x onerror="window.pwned=1">');
    await expect(desk.reader.locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('imports a megabyte line with no line breaks, with a note', async ({ desk, library }) => {
    await desk.open();
    await library.choose('one-line.txt', utf8Bytes('長'.repeat(400_000)));
    await expect(library.message.locator('[data-problem="longLine"]')).toContainText('400000');
    await expect(desk.entries).toHaveCount(1);
  });

  test('keeps working in memory when storage is unavailable, and says so', async ({ page, desk, library }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    await desk.open();
    await expect(page.getByRole('status').filter({ hasText: '瀏覽器儲存空間無法使用' })).toBeVisible();
    await library.paste(PASTED.text);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    await expect(await library.listed()).toHaveText(['投資全方位', PASTED.headline]);
  });

  test('when storage is full, says so and loses nothing the reader had', async ({ page, desk, library }) => {
    await desk.open();
    await library.paste(PASTED.text);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    // The write to IndexedDB is asynchronous: wait until the pasted text is stored.
    await expect.poll(() => storedText(page)).toContain(PASTED.headline);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await library.choose('港股.txt', big5Bytes());
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
    await expect(page.getByRole('status').filter({ hasText: '瀏覽器儲存空間無法使用' })).toBeVisible();
    await expect(await library.listed()).toHaveText(['投資全方位', BIG5_PAGE.headline, PASTED.headline]);
    await page.reload();
    await expect(await library.listed()).toHaveText(['投資全方位', PASTED.headline]);
  });
});

test.describe('library: pages', () => {
  test('renames inline, deletes with an undo, and never deletes the sample', async ({ page, desk, library }) => {
    await desk.open();
    await library.paste(PASTED.text);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    const titles = await library.listed();
    await expect(titles).toHaveText(['投資全方位', PASTED.headline]);
    const sample = library.items.first();
    await expect(sample.getByRole('button', { name: /刪除/ })).toHaveCount(0);

    const item = library.items.nth(1);
    await item.getByRole('button', { name: /改名/ }).click();
    const input = page.getByTestId('library-rename-input');
    await expect(input).toBeFocused();
    await input.fill('不要這個名');
    await input.press('Escape'); // cancels the renaming, not the dialog
    await expect(library.dialog).toBeVisible();
    await expect(titles.nth(1)).toHaveText(PASTED.headline);
    await item.getByRole('button', { name: /改名/ }).click();
    await input.fill('港股收市評論');
    await input.press('Enter');
    await expect(titles.nth(1)).toHaveText('港股收市評論');
    await expect(item.getByRole('button', { name: /改名/ })).toBeFocused();

    await item.getByTestId('library-delete').click();
    await expect(titles).toHaveText(['投資全方位']);
    await expect(page.getByTestId('undo-toast')).toContainText('已刪除「港股收市評論」');
    await expect(page.getByTestId('undo-delete')).toBeFocused();
    // The page that was open is gone: the reader falls back to the sample.
    await expect(desk.entries.first()).toContainText('DeepSeek');
    await page.getByTestId('undo-delete').click();
    await expect(titles).toHaveText(['投資全方位', '港股收市評論']);
    await titles.nth(1).click();
    await expect(library.dialog).toBeHidden();
    await expect(desk.headlines).toHaveText([PASTED.headline]);
  });

  test('keeps the library over a reload, and the URL reopens page and article', async ({ page, desk, library }) => {
    await desk.open();
    await library.paste(PASTED.text);
    await expect(desk.headlines).toHaveText([PASTED.headline]);
    await library.choose('港股.txt', big5Bytes());
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
    const titles = await library.listed();
    await library.rename(1, '南向資金');
    await expect(titles).toHaveText(['投資全方位', '南向資金', PASTED.headline]);
    await page.keyboard.press('Escape');
    await desk.openArticle(0);
    const url = page.url();
    expect(url).toMatch(/#\/p[0-9a-z]+\/a\d+$/);

    await desk.reload();
    await expect(desk.headlines).toHaveText([BIG5_PAGE.headline]);
    expect(page.url()).toBe(url);
    await expect(await library.listed()).toHaveText(['投資全方位', '南向資金', PASTED.headline]);
  });
});

test.describe('library: storage', () => {
  test('keeps each text under a key of its own, and moves a library stored whole into that layout', async ({ page, desk, library }) => {
    // The earlier layout: the library stored whole, texts inside (as the app's encodeWhole writes it).
    const pold = { id: 'pold', title: '舊頁', source: '舊頁標題\n\n騰訊（00700）業績勝預期。', addedAt: Date.now() };
    await seedRaw(page, 'library', storedAs('library', { pages: { pold }, corrections: {} } as never, 1));
    await page.goto('/#/pold');
    await expect(desk.headlines).toHaveText(['舊頁標題']);
    await library.paste(PASTED.text);
    await expect(desk.headlines).toHaveText([PASTED.headline]);

    await expect.poll(async () => (await storedValues(page))['broadsheet-library:page:pold']).toBe('舊頁標題\n\n騰訊（00700）業績勝預期。');
    const values = await storedValues(page);
    const index = JSON.parse(String(values['broadsheet-library'])) as { layout: string; state: { pages: Record<string, { title: string; source?: string }> } };
    expect(index.layout).toBe('paged');
    expect(Object.values(index.state.pages).map((p) => [p.title, p.source])).toEqual(
      expect.arrayContaining([
        ['舊頁', undefined],
        [PASTED.headline, undefined],
      ]),
    );
    const pastedId = Object.keys(index.state.pages).find((id) => id !== 'pold')!;
    expect(values[`broadsheet-library:page:${pastedId}`]).toBe(PASTED.text);

    await page.reload();
    await expect(await library.listed()).toHaveText(['投資全方位', PASTED.headline, '舊頁']); // newest first
  });
});

test.describe('library: search', () => {
  test('moves through results with the keyboard, finds a stock by its code in any format and 騰訊 by either script, and opens the article at the match', async ({ page, desk, library }) => {
    await desk.open();
    await test.step('moves through results with the keyboard: arrows, Enter, Escape', async () => {
      const search = library.search;
      const hits = library.results;
      await search.fill('中国');
      await expect(hits.first().locator('mark')).toHaveText('中國');
      await expect(hits.first()).toHaveAttribute('aria-selected', 'true');
      await search.press('ArrowDown');
      await search.press('ArrowDown');
      await search.press('ArrowUp');
      await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expect(search).toHaveAttribute('aria-activedescendant', (await hits.nth(1).getAttribute('id'))!);
      const at = await hits.nth(1).getAttribute('data-at');
      await search.press('Enter');
      await expect(hits).toHaveCount(0);
      expect(page.url()).toMatch(new RegExp(`\\?at=${at}$`));
      await expect(desk.reader).toBeFocused();
      await search.focus();
      await expect(hits.first()).toBeVisible();
      await search.press('Escape');
      await expect(hits).toHaveCount(0);
      await search.press('Escape');
      await expect(search).toHaveValue('');
    });
    await test.step('a hit pressed while the list is drawn again for the finished query opens when let go', async () => {
      // The press comes before the query changes and the release after its answer is drawn: the
      // pressed hit's element is gone by then (a browser's click needs one element for both).
      const hits = library.results;
      // Words no query before found, so the hits pressed are this query's own, not the last one's.
      await library.search.fill('科技');
      await expect(hits.first().locator('mark')).toHaveText('科技');
      const at = await hits.first().getAttribute('data-at');
      const box = (await hits.first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await library.search.fill('中國科技');
      await expect(hits.first().locator('mark')).toHaveText('中國科技');
      await page.mouse.up();
      await expect(hits).toHaveCount(0);
      expect(page.url()).toMatch(new RegExp(`\\?at=${at}$`));
    });
    await test.step('finds a stock by its code in any format', async () => {
      const search = library.search;
      for (const query of ['0700.HK', '00700', '700']) {
        await search.fill(query);
        // The results of the query before stay on screen until this one's arrive (the search waits for typing to pause).
        const marks = () => library.results.locator('mark').allTextContents();
        await expect.poll(async () => (await marks()).some((t) => t.includes('00700')), query).toBe(true);
        await expect.poll(async () => (await marks()).every((t) => t.includes('騰訊') || t.includes('00700')), query).toBe(true);
      }
      await library.results.locator('mark', { hasText: '00700' }).first().click();
      // One place lit: the place the step before jumped to is no longer (strict: one element).
      await expect(desk.reader.locator('.flash')).toContainText('00700');
    });
    await test.step('finds 騰訊 by either script and opens the article at the match', async () => {
      const search = library.search;
      const hits = library.results;
      for (const query of ['腾讯', '騰訊']) {
        await search.fill(query);
        await expect(hits.first().locator('mark')).toHaveText('騰訊');
        await expect(hits.first()).toContainText('投資全方位');
      }
      const at = await hits.first().getAttribute('data-at');
      await hits.first().click();
      await expect(hits).toHaveCount(0);
      expect(page.url()).toMatch(new RegExp(`#/sample/a\\d+\\?at=${at}$`));
      await expect(desk.reader.locator('.flash')).toContainText('騰訊');
      const headline = await desk.headlines.textContent();
      await page.reload();
      await expect(desk.headlines).toHaveText([headline!]);
    });
  });

  test('searches imported pages too, shown in the reader’s script; Escape closes', async ({ page, desk, library }) => {
    await desk.open();
    await library.choose('滬深.txt', gb18030Bytes());
    await expect(desk.headlines).toHaveText(['滬深兩市成交額突破萬億元']);
    const search = library.search;
    await search.fill('貴州茅台');
    const hit = library.results.first();
    await expect(hit.locator('mark')).toHaveText('貴州茅台');
    await expect(hit).toContainText('滬深兩市成交額突破萬億元');
    await search.press('Escape');
    await expect(library.results).toHaveCount(0);
    await expect(search).toHaveValue('貴州茅台');
    await desk.toggleScript();
    await search.fill('贵州茅台');
    await expect(library.results.first().locator('mark')).toHaveText('贵州茅台');
    await expect(library.results.first()).toContainText(GB_PAGE.headline);
    await search.fill('找不到的詞語');
    await expect(page.getByTestId('search-popover')).toContainText('没有找到');
  });
});

test.describe('library on the phone @phone', () => {
  test('imports pasted text and searches on the phone layout', async ({ desk, library }) => {
    await desk.open();
    await library.paste(PASTED.text);
    await expect(library.dialog).toBeHidden();
    await expect(desk.entries.first()).toContainText(PASTED.headline);
    expect(await desk.scrollsSideways()).toBe(false);
    await library.search.fill('恒生指數');
    await expect(library.results.first().locator('mark')).toHaveText('恒生指數');
    await expect(library.results.first()).toBeInViewport();
  });
});
