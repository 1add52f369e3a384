/** Longest title, in code points, that {@link pageTitleFromText} returns. */
export const TITLE_MAX = 40;

/**
 * A title for an imported page: its first non-blank line, trimmed, cut to 40 code points (the
 * last being `…` when cut); `fallback` (say, the file name) when there is no such line.
 *
 * @example
 * pageTitleFromText('\n\n  DeepSeek牽動AI產業價值重估 \n正文', 'page.txt') // 'DeepSeek牽動AI產業價值重估'
 */
export function pageTitleFromText(text: string, fallback: string): string {
  const first = text.search(/\S/u);
  if (first === -1) return fallback;
  const rest = text.slice(first);
  const lineEnd = rest.search(/[\r\n]/);
  const line = (lineEnd === -1 ? rest : rest.slice(0, lineEnd)).trim();
  const chars = [...line.slice(0, TITLE_MAX * 2 + 2)]; // enough units for 41 astral characters
  return chars.length <= TITLE_MAX ? line : chars.slice(0, TITLE_MAX - 1).join('').trimEnd() + '…';
}
