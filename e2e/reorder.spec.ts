import type { Locator, Page } from '@playwright/test';
import { expect, openApp, readerHeadlines, test } from './fixtures';
import { seedStorage } from './seed';

/** A stock in the first article's stock-tip box (心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)). */
function tipMark(page: Page, code: string) {
  return page.getByTestId('reader').locator(`[data-block-kind="stockTip"] [data-stock-code="${code}"]`);
}

function watchedCodes(page: Page) {
  return page.getByTestId('watchlist-item').evaluateAll((items) => items.map((el) => el.getAttribute('data-stock-code')));
}

/** What dnd-kit's live region says while a stock is moved. */
function announcement(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

/**
 * Presses Space on the focused handle and waits until dnd-kit listens for the arrows: its keyboard
 * sensor adds its keydown listener in a `setTimeout` after the pick-up, so an arrow pressed before
 * that timer has run (a busy machine) is lost. A timer queued after it in the page runs after it.
 */
async function pickUp(page: Page, announced: string) {
  await page.keyboard.press('Space');
  await expect(announcement(page, '已拿起')).toHaveText(announced);
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve)));
}

/** Watches stocks through their cards (tapping on a phone), closing each card by pressing outside it. */
async function watch(page: Page, codes: readonly string[], press: (target: Locator) => Promise<void>) {
  for (const code of codes) {
    await press(tipMark(page, code));
    const card = page.getByRole('dialog');
    await press(card.getByTestId('watch-toggle'));
    await expect(card.getByTestId('watch-toggle')).toHaveText('移除自選股');
    await press(readerHeadlines(page).first());
    await expect(card).toBeHidden();
  }
}

/** A watchlist of Hong Kong stocks in this order, stored as the app stores it (watching through the card is the watchlist spec's). */
function seedWatched(page: Page, stocks: ReadonlyArray<readonly [code: string, name: string]>) {
  const entries = Object.fromEntries(
    stocks.map(([code, name], rank) => [`HK:${code}`, { code, market: 'HK' as const, name, script: 'hant' as const, note: '', rank, addedAt: 1, updatedAt: 1 }]),
  );
  return seedStorage(page, { watchlist: { entries } });
}

test('moves a stock with the keyboard from its handle, announced in the current script, and keeps the order', async ({ page }) => {
  await seedWatched(page, [
    ['00700', '騰訊'],
    ['09988', '阿里巴巴'],
    ['01810', '小米'],
  ]);
  await openApp(page);
  await expect.poll(() => watchedCodes(page)).toEqual(['00700', '09988', '01810']);
  // Each stock's mentions (derived in a worker) lengthen its row when they arrive: a row that
  // grows while a stock is held moves what it is over. Pick up once every row has them.
  for (const item of await page.getByTestId('watchlist-item').all()) await expect(item.getByTestId('watchlist-mention').first()).toBeVisible();

  const handle = page.getByTestId('watchlist').getByRole('button', { name: '調整次序：小米' });
  await handle.focus();
  await pickUp(page, '已拿起小米，現在在第 3 位');
  await page.keyboard.press('ArrowUp');
  await expect(announcement(page, '移到第')).toHaveText('小米移到第 2 位');
  await page.keyboard.press('ArrowUp');
  await expect(announcement(page, '移到第')).toHaveText('小米移到第 1 位');
  await page.keyboard.press('Space');
  await expect(announcement(page, '已放下')).toHaveText('已放下小米，已移到第 1 位');
  await expect.poll(() => watchedCodes(page)).toEqual(['01810', '00700', '09988']);
  await expect(handle).toBeFocused();

  // Escape puts a picked-up stock back; the words follow the script.
  await page.getByTestId('script-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const hansHandle = page.getByTestId('watchlist').getByRole('button', { name: '调整顺序：腾讯' });
  await hansHandle.focus();
  await pickUp(page, '已拿起腾讯，现在在第 2 位');
  await page.keyboard.press('ArrowDown');
  await expect(announcement(page, '移到第')).toHaveText('腾讯移到第 3 位');
  await page.keyboard.press('Escape');
  await expect(announcement(page, '已取消')).toHaveText('已取消移动腾讯，留在第 2 位');
  await expect.poll(() => watchedCodes(page)).toEqual(['01810', '00700', '09988']);

  await page.reload();
  await expect.poll(() => watchedCodes(page)).toEqual(['01810', '00700', '09988']);
});

/** Touches a point, moves the finger in steps to another, and lifts it once `ready` holds: a drag by touch. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, ready: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: Math.round(at.x), y: Math.round(at.y) }] : [] });
  await touch('touchStart', from);
  const steps = 12;
  for (let i = 1; i <= steps; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  await ready();
  await touch('touchEnd');
  await cdp.detach();
}

const centre = async (el: Locator) => {
  const box = (await el.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('a finger drags a stock by its handle to another place, and the order stays @phone', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('contents-item').first().getByRole('link').click();
  await watch(page, ['00700', '09988'], (target) => target.tap());
  await page.getByRole('tab', { name: '自選股' }).tap();
  await expect.poll(() => watchedCodes(page)).toEqual(['00700', '09988']);

  const items = page.getByTestId('watchlist-item');
  const handle = items.nth(1).getByRole('button', { name: '調整次序：阿里巴巴' });
  const from = await centre(handle);
  const first = (await items.first().boundingBox())!;
  await touchDrag(page, from, { x: from.x, y: first.y + 4 }, () => expect(announcement(page, '移到第')).toHaveText('阿里巴巴移到第 1 位'));
  await expect.poll(() => watchedCodes(page)).toEqual(['09988', '00700']);

  // A tap on a handle is not a drag.
  await items.first().getByRole('button', { name: '調整次序：阿里巴巴' }).tap();
  await expect.poll(() => watchedCodes(page)).toEqual(['09988', '00700']);

  await page.reload();
  await page.getByRole('tab', { name: '自選股' }).tap();
  await expect.poll(() => watchedCodes(page)).toEqual(['09988', '00700']);
});
