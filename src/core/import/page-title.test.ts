import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { pageTitleFromText, TITLE_MAX } from './page-title';

describe('pageTitleFromText', () => {
  it.each<[string, string, string]>([
    ['the sample page', sample, 'DeepSeek牽動AI產業價值重估'],
    ['the first non-blank line, trimmed', '\r\n \u3000\n\t 港股收市 \r\n正文', '港股收市'],
    ['past a line naming where the text came from', '# source: https://gnews.org/zh-hans/2207773/\n中日财经爆|客机坠毁\n正文', '中日财经爆|客机坠毁'],
    ['past several, and blank lines', '來源：https://a.hk/1\r\n\r\nhttps://b.hk/2\n  港股收市\n', '港股收市'],
    ['nothing but a web address', 'https://example.com/a\n', 'page.txt'],
    ['no line at all', '', 'page.txt'],
    ['blank lines only', ' \n\u3000\n', 'page.txt'],
    ['a line of exactly 40', '字'.repeat(40), '字'.repeat(40)],
    ['a longer line, cut with an ellipsis', '字'.repeat(41), `${'字'.repeat(39)}…`],
    ['astral characters counted as one', '𠀋'.repeat(50), `${'𠀋'.repeat(39)}…`],
  ])('%s', (_name, text, title) => {
    expect(pageTitleFromText(text, 'page.txt')).toBe(title);
    expect([...pageTitleFromText(text, 'page.txt')].length).toBeLessThanOrEqual(TITLE_MAX);
  });
});
