import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/**
 * Read aloud against a stand-in for `speechSynthesis` (headless Chromium has no voices): it
 * records what it is given and ends an utterance only when the test says (`finishOne`), so the
 * order of what is spoken and the piece marked meanwhile can be checked one step at a time.
 */
function stubSpeech(voices: Array<{ name: string; lang: string; localService: boolean }>) {
  type U = { text: string; lang: string; voice: { name: string } | null; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
  const w = window as unknown as { spoken: Array<{ text: string; lang: string; voice?: string }>; finishOne: () => void };
  w.spoken = [];
  let current: U | undefined;
  class Utterance {
    voice = null;
    lang = '';
    constructor(public text: string) {}
  }
  const synth = {
    getVoices: () => voices.map((v) => ({ ...v, voiceURI: v.name, default: false })),
    addEventListener() {},
    removeEventListener() {},
    speak(u: U) {
      w.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      current = u;
      setTimeout(() => u.onstart?.());
    },
    cancel() {
      const u = current;
      current = undefined;
      u?.onerror?.({ error: 'interrupted' });
    },
  };
  w.finishOne = () => {
    const u = current;
    current = undefined;
    u?.onend?.();
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

const VOICES = [
  { name: 'Device Cantonese', lang: 'zh-HK', localService: true },
  { name: 'Device Mandarin', lang: 'zh-CN', localService: true },
  { name: 'Cloud Mandarin', lang: 'zh-TW', localService: false },
];

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string; voice?: string }> }).spoken);
const finishOne = (page: Page) => page.evaluate(() => (window as unknown as { finishOne: () => void }).finishOne());
/** The text of the piece marked as being read, or undefined. */
const marked = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('read-aloud');
    return h ? [...h].map((r) => r.toString()).join('') : undefined;
  });

test.describe('read aloud', () => {
  test('reads from the paragraph in view, a sentence at a time, codes as codes and figures as numbers, marking each piece, in Mandarin for Simplified', async ({ page, desk }) => {
    await page.addInitScript(stubSpeech, VOICES);
    await test.step('reads from the paragraph in view, a sentence at a time, codes as codes, marking each piece', async () => {
      await openApp(page);
      const reader = desk.reader;
      // Bring a paragraph of the first article to the top of the pane, just under the toolbar.
      const target = reader.locator('[data-testid="article"] [data-block-id]').nth(3);
      await target.evaluate((block) => {
        const pane = block.closest('[data-testid="reader"]')!;
        const toolbar = pane.querySelector('.reader-toolbar')!;
        pane.scrollTop += block.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
      });
      const first = (await target.innerText()).trim();

      await page.getByTestId('read-aloud').click();
      await expect(page.getByTestId('read-aloud')).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(async () => (await spoken(page)).length).toBe(1);
      const [one] = await spoken(page);
      expect(one!.voice).toBe('Device Cantonese');
      expect(one!.lang).toBe('zh-HK');
      // The first piece is the paragraph's opening, and it is what is marked on screen.
      expect(first.startsWith(one!.text.trim().slice(0, 8))).toBe(true);
      await expect.poll(() => marked(page)).toBe((await spoken(page))[0]!.text);

      // On through the article, in order, each piece marked as it is read.
      for (let i = 1; i < 6; i++) {
        await finishOne(page);
        await expect.poll(async () => (await spoken(page)).length).toBe(i + 1);
        const now = (await spoken(page))[i]!.text;
        // The mark is the text on screen; the words spoken differ from it only where a code is read out.
        if (!/[零一二三四五六七八九]{4}/.test(now)) await expect.poll(() => marked(page)).toBe(now);
      }
      const texts = (await spoken(page)).map((s) => s.text);
      const body = await reader.locator('[data-testid="article"]').first().innerText();
      // Each piece comes later in the article than the one before it.
      let at = -1;
      for (const t of texts) {
        const plain = t.trim().slice(0, 6);
        if (/[零一二三四五六七八九]{4}/.test(plain)) continue;
        const found = body.indexOf(plain, at + 1);
        expect(found, `«${plain}» after position ${at}`).toBeGreaterThan(at);
        at = found;
      }

      await page.getByTestId('read-aloud').click();
      await expect(page.getByTestId('read-aloud')).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => marked(page)).toBeUndefined();
    });
    await test.step('says a stock code digit by digit and a figure as a number, in Mandarin for Simplified', async () => {
      // What the step before spoke is forgotten: only this reading counts.
      await page.evaluate(() => void ((window as unknown as { spoken: unknown[] }).spoken.length = 0));
      await desk.toSimplified();
      // The first article's stock tips: 阿里巴巴 (09988) 小米 (01810) 腾讯 (00700).
      const tips = desk.reader.locator('[data-block-kind="stockTip"]').first();
      await tips.evaluate((block) => {
        const pane = block.closest('[data-testid="reader"]')!;
        const toolbar = pane.querySelector('.reader-toolbar')!;
        pane.scrollTop += block.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
      });
      await page.getByTestId('read-aloud').click();
      // Read on to the tips (the pane may not scroll them to its top: they close the article).
      const tipsRead = async () => (await spoken(page)).find((s) => s.text.includes('阿里巴巴'));
      for (let i = 0; i < 30 && !(await tipsRead()); i++) {
        const count = (await spoken(page)).length;
        await finishOne(page);
        await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(count);
      }
      const tip = await tipsRead();
      expect(tip?.voice).toBe('Device Mandarin');
      expect(tip?.lang).toBe('zh-CN');
      expect(tip?.text).toContain('阿里巴巴 (零九九八八)');
      expect(tip?.text).toContain('腾讯 (零零七零零)');
      expect(tip?.text).not.toMatch(/\d{5}/);
      // Figures are numbers, written as such: 1000亿美元, not digits read one by one.
      expect((await spoken(page)).some((s) => /\d{3,}(亿|美元|点|港元)/.test(s.text))).toBe(true);
    });
  });

  test('with no voice of its own on the device, says so and reads nothing', async ({ page }) => {
    await page.addInitScript(stubSpeech, [{ name: 'Cloud Cantonese', lang: 'zh-HK', localService: false }]);
    await openApp(page);
    await page.getByTestId('read-aloud').click();
    await expect(page.getByRole('status').filter({ hasText: '此裝置沒有這種語言的本機語音' })).toBeVisible();
    await expect(page.getByTestId('read-aloud')).toHaveAttribute('aria-pressed', 'false');
    expect(await spoken(page)).toEqual([]);
  });
});
