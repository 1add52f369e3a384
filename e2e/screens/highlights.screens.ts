import { selectAcrossFigure } from '../pages/selection';
import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

for (const script of SCRIPTS) {
  scene(`a highlight with its note, the toolbar over a new selection, and the notebook, ${script}`, async ({ page, desk, onPhone }, info) => {
    await openIn(desk, script, '#/sample');
    if (onPhone) await desk.tab(script === 'hans' ? '阅读' : '閱讀').click();
    await selectAcrossFigure(page);
    await page.getByTestId('highlight-create').locator('[data-colour="yellow"]').click();
    await desk.reader.getByTestId('highlight').first().click();
    await page.getByTestId('highlight-note').fill(script === 'hans' ? '估值重估的关键一句' : '估值重估的關鍵一句');
    if (!onPhone) {
      // A second selection beside the first: its toolbar over the text.
      await selectAcrossFigure(page);
      await expect(page.getByTestId('highlight-create')).toBeVisible();
    }
    await shoot(page, info, `highlights-${script}`);
    await page.keyboard.press('Escape');
    if (onPhone) await desk.tab(script === 'hans' ? '笔记本' : '筆記本').click();
    await expect(page.getByTestId('notebook-item')).toHaveCount(1);
    await shoot(page, info, `notebook-${script}`);
  });
}
