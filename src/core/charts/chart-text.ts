import type { Both } from '../facts/words';
import type { Script } from '../figures/format';

/**
 * Text a chart shows, made of the page's own words (a subject's name as the text gives it, shown
 * in the reader's script by converting it) and Broadsheet's words, written in both scripts (估值,
 * 升跌幅 / 涨跌幅). Kept in pieces, so a title follows the script toggle like the page does.
 */
export type ChartText = readonly (string | Both)[];

/**
 * A chart text in `script`: page words converted by `display`, Broadsheet's words picked.
 *
 * @example
 * writeText(['OpenAI', { hant: '估值', hans: '估值' }], 'hans', (s) => s) // 'OpenAI估值'
 */
export function writeText(text: ChartText, script: Script, display: (pageText: string) => string): string {
  return text.map((piece) => (typeof piece === 'string' ? display(piece) : piece[script])).join('');
}

/** The page's text of a chart text, as the page is written (for keys, ids and file names). */
export function pageText(text: ChartText): string {
  return text.map((piece) => (typeof piece === 'string' ? piece : piece.hant)).join('');
}

export const both = (hant: string, hans = hant): Both => ({ hant, hans });
