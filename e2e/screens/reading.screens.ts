import { seedRaw, storedAs } from '../seed';
import { expect, openIn, scene, SCRIPTS, shoot } from './shoot';

/** Read aloud without a voice of the machine's: a stand-in that starts each piece and holds it. */
function stubSpeech() {
  type U = { onstart?: () => void };
  const voices = ['zh-HK', 'zh-CN'].map((lang) => ({ name: lang, lang, localService: true, voiceURI: lang, default: false }));
  Object.defineProperty(window, 'speechSynthesis', {
    value: { getVoices: () => voices, addEventListener() {}, removeEventListener() {}, speak: (u: U) => setTimeout(() => u.onstart?.()), cancel() {} },
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: class {
      voice = null;
      lang = '';
      constructor(public text: string) {}
    },
  });
}

for (const script of SCRIPTS) {
  for (const theme of ['sepia', 'dark'] as const) {
    scene(`the reader in the ${theme} theme, reading aloud, ${script}`, async ({ page, desk, onPhone }, info) => {
      await seedRaw(page, 'prefs', storedAs('prefs', { script, fontSize: 18, theme, lineHeight: 1.85, measure: 36, typeface: 'serif', focus: false, updatedAt: 0 }, 3));
      await page.addInitScript(stubSpeech);
      await openIn(desk, 'hant');
      if (onPhone) await desk.tab(script === 'hans' ? '阅读' : '閱讀').click();
      await page.getByTestId('read-aloud').click();
      await expect.poll(() => page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(true);
      await shoot(page, info, `reader-${theme}-reading-aloud-${script}`);
      await page.getByTestId('reading-settings').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shoot(page, info, `reading-settings-${theme}-${script}`);
    });
  }
}
