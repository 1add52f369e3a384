import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

const PASTED = '北水連續五日淨流入\n\n南向資金昨日淨買入港股五十億元，連續五日淨流入，騰訊（00700）獲加倉。\n';

for (const script of SCRIPTS) {
  scene(`backup and restore in the library dialog, ${script}`, async ({ page, desk, library }, info) => {
    await openIn(desk, script);
    await library.paste(PASTED);
    await expect(library.dialog).toBeHidden();
    await library.open();
    const download = page.waitForEvent('download');
    await page.getByTestId('library-export').click();
    const bytes = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    // A restore into a browser that has lost the page: it comes back, and the notice says so.
    await library.item(1).getByTestId('library-delete').click();
    const restore = page.getByTestId('library-restore');
    await restore.setInputFiles({ name: 'broadsheet-backup.json.gz', mimeType: 'application/gzip', buffer: bytes });
    const message = page.getByTestId('backup-message');
    await expect(message).toHaveAttribute('data-outcome', 'restored');
    // The page is back: its deletion's undo offer goes.
    await expect(page.getByRole('button', { name: /復原|撤销/ })).toBeHidden();
    await message.scrollIntoViewIfNeeded();
    await shoot(page, info, `backup-restored-${script}`);
    await restore.setInputFiles({ name: 'broken.json.gz', mimeType: 'application/gzip', buffer: bytes.subarray(0, 60) });
    await expect(message).toHaveAttribute('data-outcome', 'refused');
    await message.scrollIntoViewIfNeeded();
    await shoot(page, info, `backup-refused-${script}`);
  });
}
