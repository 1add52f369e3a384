import { detectScript, type Script } from '../script/detect-script';

/** Characters weighed: plenty to tell the scripts apart, and a 1 MB page costs no more than a short one. */
export const SCRIPT_SAMPLE = 20_000;

/**
 * The script of a page, judged on its opening: for labels taken from it (its title, a search
 * snippet) in lists of many pages, where scanning every page whole would cost more than it tells.
 *
 * @example
 * pageScript('沪深两市成交额…') // 'hans'
 */
export function pageScript(source: string): Script {
  return detectScript(source.length > SCRIPT_SAMPLE ? source.slice(0, SCRIPT_SAMPLE) : source);
}
