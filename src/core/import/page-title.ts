import { lineShape } from '../page/line-kind';

/** Longest title, in code points, that {@link pageTitleFromText} returns. */
export const TITLE_MAX = 40;

/**
 * A title for an imported page: its first non-blank line that is not a web address (where the
 * text came from, `# source: https://…`), trimmed, cut to 40 code points (the last being `…`
 * when cut); `fallback` (say, the file name) when there is no such line.
 *
 * @example
 * pageTitleFromText('\n\n  DeepSeek牽動AI產業價值重估 \n正文', 'page.txt') // 'DeepSeek牽動AI產業價值重估'
 */
export function pageTitleFromText(text: string, fallback: string): string {
  for (const [raw] of text.matchAll(/^.*\S.*$/gm)) {
    const line = raw.trim();
    if (lineShape(line).shape === 'source') continue;
    const chars = [...line.slice(0, TITLE_MAX * 2 + 2)]; // enough units for 41 astral characters
    return chars.length <= TITLE_MAX ? line : chars.slice(0, TITLE_MAX - 1).join('').trimEnd() + '…';
  }
  return fallback;
}
