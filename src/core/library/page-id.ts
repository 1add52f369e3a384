/** Route segments accept `[\w-]{1,80}`: every id made here fits. */
export const PAGE_ID_PATTERN = /^p[0-9a-z]{6,16}$/;

/**
 * A short id for an imported page: `p`, the time in base 36, four random base-36 digits. Time
 * first keeps ids of one browser apart without a counter to store; the random tail separates two
 * imports in the same millisecond. The caller checks for the (unlikely) clash with a taken id.
 *
 * @example
 * newPageId(1767225600000, () => 0.5) // 'pmjuohs00i000'
 */
export function newPageId(now: number = Date.now(), random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `p${Math.max(0, Math.floor(now)).toString(36)}${tail}`;
}
