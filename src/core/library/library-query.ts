/**
 * A query over the whole library, remembered page by page: each page's stock terms and hits are
 * kept with the page's own (stable) entry, so when the library changes and the same query is
 * asked again, only the pages new or changed since are searched and their hits merged in, in
 * library order. Pure: the memo is the caller's, and holds nothing a page's entry doesn't.
 */
import { search, type SearchHit, type SearchIndex } from '../search';
import { finish } from '../steps';
import { joinStockTerms, pageStockTerms, stockQueryKeys, type MentionSource } from './stock-terms';

/** A page as the query sees it: one object per indexed page, the same while the page is. */
export interface QueryPage extends MentionSource {
  readonly index: SearchIndex;
}

interface PageMemo {
  /** The page's ways of writing the stocks last asked for (by their normalised keys). */
  stock?: { readonly keys: string; readonly terms: readonly string[] };
  /** The page's hits for the terms last searched: all of them if `complete`, else the first `hits.length`. */
  hits?: { readonly terms: string; readonly hits: readonly SearchHit[]; readonly complete: boolean };
}

/** What a library query remembers, per page entry (dropped with the entry). */
export type QueryMemo = WeakMap<QueryPage, PageMemo>;

export const queryMemo = (): QueryMemo => new WeakMap();

export interface LibraryQueryResult {
  /** In library order, then by place in the page; `page` is the index into the pages asked. */
  readonly hits: readonly { readonly page: number; readonly hit: SearchHit }[];
  /** The query was read as a stock code found in the library. */
  readonly stock: boolean;
  /** The terms searched: the query alone, or the stock's ways of being written. */
  readonly terms: readonly string[];
  /** Pages searched anew (the rest answered from the memo). */
  readonly searched: number;
}

function memoOf(memo: QueryMemo, page: QueryPage): PageMemo {
  let m = memo.get(page);
  if (!m) memo.set(page, (m = {}));
  return m;
}

/**
 * The first `limit` hits of `query` over `pages`, in library order: the same hits as searching
 * every page afresh (a stock code searches every way the library writes that stock, see
 * `stockSearchTerms`), but a page whose entry was searched for the same terms is not searched again.
 *
 * @example
 * const memo = queryMemo();
 * libraryQuery([a, b], '00700', 500, memo).searched // 2
 * libraryQuery([a, b, c], '00700', 500, memo).searched // 1: only the new page c
 */
export function libraryQuery(pages: readonly QueryPage[], query: string, limit: number, memo: QueryMemo): LibraryQueryResult {
  return finish(libraryQuerySteps(pages, query, limit, memo));
}

/**
 * {@link libraryQuery} in steps: it yields after each page it searches anew (and every 32 pages
 * whose stock terms it reads anew), so a caller can spread a long query over several tasks.
 */
export function* libraryQuerySteps(pages: readonly QueryPage[], query: string, limit: number, memo: QueryMemo): Generator<void, LibraryQueryResult> {
  const keys = stockQueryKeys(query);
  let extra: string[] | undefined;
  if (keys) {
    // `00700`, `0700.HK` and `00700 騰` ask for the same stock: its ways of being written are kept.
    const asked = [...keys].sort().join(' ');
    const perPage: (readonly string[])[] = [];
    let read = 0;
    for (const page of pages) {
      const m = memoOf(memo, page);
      if (m.stock?.keys !== asked) {
        m.stock = { keys: asked, terms: pageStockTerms(keys, page) };
        if (++read % 32 === 0) yield;
      }
      perPage.push(m.stock.terms);
    }
    extra = joinStockTerms(query, perPage);
  }
  const terms = extra ?? [query];
  const [first = query, ...rest] = terms;
  // Hits do not depend on the terms' order (each page's matches are sorted by place).
  const termsKey = [...new Set(terms)].sort().join('\u0000');
  const hits: { page: number; hit: SearchHit }[] = [];
  let searched = 0;
  for (let i = 0; i < pages.length && hits.length < limit; i++) {
    const page = pages[i]!;
    const wanted = limit - hits.length;
    const m = memoOf(memo, page);
    let known = m.hits?.terms === termsKey ? m.hits : undefined;
    if (!known || (!known.complete && known.hits.length < wanted)) {
      const found = search(page.index, first, { limit: wanted, extraTerms: rest });
      known = m.hits = { terms: termsKey, hits: found, complete: found.length < wanted };
      searched++;
      yield;
    }
    for (const hit of known.hits.slice(0, wanted)) hits.push({ page: i, hit });
  }
  return { hits, stock: extra !== undefined, terms, searched };
}
