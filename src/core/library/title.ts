/** Longest page title kept, in UTF-16 units: a title is a label, not a paragraph. */
export const TITLE_LIMIT = 200;

/**
 * A page title as stored: one line (runs of whitespace, line breaks included, become one space),
 * trimmed, at most {@link TITLE_LIMIT} units (never cutting a surrogate pair in two).
 *
 * @example
 * cleanTitle('  騰訊\n業績 ') // '騰訊 業績'
 */
export function cleanTitle(title: string): string {
  const one = title.replace(/\s+/gu, ' ').trim();
  if (one.length <= TITLE_LIMIT) return one;
  const high = one.charCodeAt(TITLE_LIMIT - 1);
  const cut = high >= 0xd800 && high <= 0xdbff ? TITLE_LIMIT - 1 : TITLE_LIMIT;
  return one.slice(0, cut).trim();
}
