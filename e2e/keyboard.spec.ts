import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

test.describe('keyboard', () => {
  test('from the keyboard: the skip link to the article, one Tab stop a figure, and ? for the shortcuts', async ({ page, desk }) => {
    await openApp(page);
    await test.step('the skip link lands on the article: the next Tab is its first figure or stock', async () => {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到文章' });
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(desk.articles.first()).toBeFocused();
      await page.keyboard.press('Tab');
      const first = await desk.articles
        .first()
        .locator('mark[data-figure-id], [data-stock-code][role="button"]')
        .first()
        .evaluate((el) => el.outerHTML);
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(first);
    });
    await test.step('a figure is one Tab stop; C puts it on its chart or takes it off', async () => {
      const marks = desk.articles.first().locator('mark[data-figure-id]');
      await marks.nth(0).focus();
      await expect(page.getByTestId('figure-chart-toggle')).toBeVisible();
      const toggle = page.getByTestId('figure-chart-toggle');
      const before = await toggle.getAttribute('aria-pressed');
      await page.keyboard.press('c');
      await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
      await page.keyboard.press('c');
      await expect(toggle).toHaveAttribute('aria-pressed', before ?? 'true');
      // Tab leaves the figure for the next mark or control, never for the tip's button.
      await page.keyboard.press('Tab');
      await expect(marks.nth(0)).not.toBeFocused();
      expect(await page.evaluate(() => document.activeElement?.className)).not.toContain('figure-tip-toggle');
    });
    await test.step('? lists the shortcuts in a dialog, in the current script; Escape closes it', async () => {
      await expect(page.locator('.topbar')).not.toContainText('J / K');
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: '鍵盤快捷鍵' });
      await expect(help).toBeVisible();
      await expect(help).toContainText('下一篇／上一篇文章');
      await expect(help).toContainText('Alt + S');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
      await desk.toSimplified();
      await page.getByRole('button', { name: '键盘快捷键' }).click();
      const hans = page.getByRole('dialog', { name: '键盘快捷键' });
      await expect(hans).toContainText('在股票上：打开股票信息');
      await hans.getByRole('button', { name: '关闭' }).click();
      await expect(hans).toBeHidden();
      // J still works once the dialog is gone.
      await page.keyboard.press('j');
      await expect(desk.articles.first()).toHaveAttribute('data-article-id', (await desk.entry(1).getAttribute('data-article-id'))!);
    });
  });

});
