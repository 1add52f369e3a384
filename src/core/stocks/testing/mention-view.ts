import { codePointMap, sliceCodePoints } from '../../text/code-points';
import { stockKey } from '../normalise';
import type { StockMention } from '../stock-mention';

/**
 * A mention as readable text, for tests and debugging: `[span text, HK:00700, name, code text, via]`
 * (`-` where there is no name or code).
 *
 * @example
 * viewMentions('騰訊 (00700)', findStockMentions('騰訊 (00700)'))
 * // [['騰訊 (00700)', 'HK:00700', '騰訊', '00700', 'code']]
 */
export function viewMentions(text: string, mentions: readonly StockMention[]): string[][] {
  const map = codePointMap(text);
  const slice = (s: { start: number; end: number }) => sliceCodePoints(text, map, s.start, s.end);
  return mentions.map((m) => [slice(m.span), stockKey(m.stock), m.name ?? '-', m.codeSpan ? slice(m.codeSpan) : '-', m.via]);
}
