import { gb18030Bytes } from '../files/pages';
import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

for (const script of SCRIPTS) {
  scene(`the library, ${script}`, async ({ page, desk, library, onPhone }, info) => {
    await openIn(desk, script);
    await library.choose('滬深.txt', gb18030Bytes());
    await expect(library.dialog).toBeHidden();
    const headline = script === 'hans' ? '沪深两市成交额突破万亿元' : '滬深兩市成交額突破萬億元';
    // A phone shows the new page's contents; the desktop, its first article beside them.
    await expect(onPhone ? desk.entry(0) : desk.headlines.first()).toContainText(headline);
    await shoot(page, info, `imported-${script}`);
    await library.open();
    await shoot(page, info, `library-${script}`);
    await library.close();
    await library.find('科技');
    await shoot(page, info, `search-${script}`);
  });
}
