import { parseStockQuery, stockKey, type StockMention } from '../stocks';
import { codePointMap, sliceCodePoints } from '../text/code-points';

/** A page's text and the stocks recognised in it (spans in code points of `source`). */
export interface MentionSource {
  readonly source: string;
  readonly mentions: readonly StockMention[];
}

/**
 * What to search for when the query is a stock code in any format (`00700`, `0700.HK`, `700`):
 * every way the library's pages write that stock — the whole mention (`騰訊 (00700)`), the name
 * beside the code, the code as written, bare alias names — and the normalised code. Undefined
 * when the query is not a code, or no page mentions that stock (then a plain text search runs).
 *
 * The query itself is kept unless it is bare digits: `700` as text would also hit `1700億`.
 *
 * @example
 * stockSearchTerms('0700.HK', [{ source: '騰訊 (00700) 升', mentions }]) // ['騰訊 (00700)', '騰訊', '00700', '0700.HK']
 */
export function stockSearchTerms(query: string, pages: Iterable<MentionSource>): string[] | undefined {
  const refs = parseStockQuery(query);
  if (refs.length === 0) return undefined;
  const keys = new Set(refs.map(stockKey));
  const terms = new Set<string>();
  for (const { source, mentions } of pages) {
    let map: ReturnType<typeof codePointMap> | undefined;
    for (const m of mentions) {
      if (!keys.has(stockKey(m.stock))) continue;
      map ??= codePointMap(source);
      const whole = sliceCodePoints(source, map, m.span.start, m.span.end);
      // A name and its code on either side of a line break: searched for separately (docs are lines).
      if (!/[\r\n]/.test(whole)) terms.add(whole.trim());
      if (m.name) terms.add(m.name);
      if (m.codeSpan) terms.add(sliceCodePoints(source, map, m.codeSpan.start, m.codeSpan.end));
    }
  }
  if (terms.size === 0) return undefined;
  for (const ref of refs) terms.add(ref.code);
  const q = query.trim();
  if (!/^[\d０-９]+$/.test(q)) terms.add(q);
  return [...terms].filter((t) => t !== '');
}
