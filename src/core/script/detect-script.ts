import { HANS_ONLY, HANT_ONLY } from './script-chars';

/** The two ways of writing Chinese the reader shows: Traditional (Hong Kong) and Simplified. */
export type Script = 'hant' | 'hans';

const SCRIPT_OF = new Map<number, Script>();
for (const ch of HANS_ONLY) SCRIPT_OF.set(ch.codePointAt(0) ?? 0, 'hans');
for (const ch of HANT_ONLY) SCRIPT_OF.set(ch.codePointAt(0) ?? 0, 'hant');

/**
 * Which script a page is written in, so the reader knows what "show in the other script" means
 * and which converter to load. It counts characters found in only one script (a small built-in
 * list, so detection needs none of the conversion tables) and goes with the majority. A page
 * with no such character, or a tie, counts as Traditional: the reader is built for Hong Kong
 * papers, and for such text the two scripts read the same anyway.
 *
 * @example
 * detectScript('騰訊控股公佈業績') // 'hant'
 * detectScript('腾讯控股公布业绩') // 'hans'
 */
export function detectScript(text: string): Script {
  return scriptBalance(text) < 0 ? 'hans' : 'hant';
}

/**
 * Characters of the text found only in Traditional, less those found only in Simplified: above
 * zero the text is Traditional, below zero Simplified, zero when it does not say.
 *
 * @example
 * scriptBalance('騰訊控股公佈業績') // 2
 * scriptBalance('腾讯控股公布业绩') // -1
 */
export function scriptBalance(text: string): number {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const script = SCRIPT_OF.get(text.charCodeAt(i));
    if (script === 'hans') balance--;
    else if (script === 'hant') balance++;
  }
  return balance;
}
