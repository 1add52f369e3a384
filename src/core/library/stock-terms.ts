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
  const keys = stockQueryKeys(query);
  if (!keys) return undefined;
  return joinStockTerms(query, [...pages].map((page) => pageStockTerms(keys, page)));
}

/** The normalised stocks a query names (see `parseStockQuery`), or undefined when it names none. */
export function stockQueryKeys(query: string): ReadonlySet<string> | undefined {
  const refs = parseStockQuery(query);
  return refs.length === 0 ? undefined : new Set(refs.map(stockKey));
}

/** How one page writes the stocks `keys` names: whole mentions, names, codes as written, in page order. */
export function pageStockTerms(keys: ReadonlySet<string>, { source, mentions }: MentionSource): readonly string[] {
  const terms: string[] = [];
  let map: ReturnType<typeof codePointMap> | undefined;
  for (const m of mentions) {
    if (!keys.has(stockKey(m.stock))) continue;
    map ??= codePointMap(source);
    const whole = sliceCodePoints(source, map, m.span.start, m.span.end);
    // A name and its code on either side of a line break: searched for separately (docs are lines).
    if (!/[\r\n]/.test(whole)) terms.push(whole.trim());
    if (m.name) terms.push(m.name);
    if (m.codeSpan) terms.push(sliceCodePoints(source, map, m.codeSpan.start, m.codeSpan.end));
  }
  return terms;
}

/** {@link stockSearchTerms} from each page's {@link pageStockTerms}, in library order. */
export function joinStockTerms(query: string, perPage: Iterable<readonly string[]>): string[] | undefined {
  const terms = new Set<string>();
  for (const page of perPage) for (const t of page) terms.add(t);
  if (terms.size === 0) return undefined;
  for (const ref of parseStockQuery(query)) terms.add(ref.code);
  const q = query.trim();
  if (!/^[\d０-９]+$/.test(q)) terms.add(q);
  return [...terms].filter((t) => t !== '');
}
