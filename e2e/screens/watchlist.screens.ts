import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

for (const script of SCRIPTS) {
  scene(`a stock card and the watchlist, ${script}`, async ({ page, desk, watchlist, onPhone }, info) => {
    await openIn(desk, script);
    if (onPhone) await desk.entry(0).getByRole('link').click();
    // Watched through its card (the pane itself is another tab on a phone).
    await watchlist.tip('09988').click();
    await watchlist.toggle.click();
    await expect(watchlist.toggle).toHaveText(/移除自[選选]股/);
    await page.keyboard.press('Escape');
    await watchlist.tip('00700').click();
    await expect(watchlist.card).toBeVisible();
    await shoot(page, info, `stock-card-${script}`);
    await page.keyboard.press('Escape');
    if (onPhone) await desk.tab(script === 'hans' ? '自选股' : '自選股').click();
    await expect(watchlist.item('09988')).toBeVisible();
    await shoot(page, info, `watchlist-${script}`);
  });
}
