import { lineShape } from '../page/shape';

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
  for (let at = text.search(/\S/u); at !== -1; ) {
    const rest = text.slice(at, at + TITLE_MAX * 2 + 2000);
    const lineEnd = rest.search(/[\r\n]/);
    const line = (lineEnd === -1 ? rest : rest.slice(0, lineEnd)).trim();
    if (lineShape(line).shape !== 'source') {
      const chars = [...line.slice(0, TITLE_MAX * 2 + 2)]; // enough units for 41 astral characters
      return chars.length <= TITLE_MAX ? line : chars.slice(0, TITLE_MAX - 1).join('').trimEnd() + '…';
    }
    const next = text.slice(at + lineEnd).search(/\S/u);
    at = lineEnd === -1 || next === -1 ? -1 : at + lineEnd + next;
  }
  return fallback;
}
