/**
 * The library's search, loaded on first use (its own chunk: nothing of it weighs on first paint).
 * Each page's docs are derived and folded in a worker and kept between visits (see
 * `shared/page/derived-library.ts`, shared with the watchlist's mentions); here they only become
 * an index, once per derived page, so a library change costs what changed.
 */
import type { DerivedPage } from '../../core/derived/library-derive';
import { highlightSearchDocs, type Highlight } from '../../core/highlights';
import { libraryQuerySteps, queryMemo } from '../../core/library';
import type { Correction } from '../../core/page';
import type { Script } from '../../core/script/detect-script';
import { finish } from '../../core/steps';
import { buildSearchIndex, DEFAULT_SEARCH_LIMIT, search, searchIndexOf, type ScriptFold, type SearchHit, type SearchIndex } from '../../core/search';
import { remembering } from '../../core/derived/library-derive';
import { deriveLibraryPages } from '../../shared/page/derived-library';

/** A page as the search sees it. */
export interface SearchablePage {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly corrections: readonly Correction[] | undefined;
}

/** A hit with what the results list needs to show it. */
export interface LibraryHit extends SearchHit {
  readonly title: string;
  readonly sourceScript: Script;
}

export interface SearchResult {
  readonly hits: readonly LibraryHit[];
  /** The query was read as a stock code found in the library. */
  readonly stock: boolean;
}

interface Entry {
  readonly source: string;
  readonly index: SearchIndex;
  readonly script: Script;
  readonly mentions: DerivedPage['stocks'];
}

/** What queries found in each page's entry: a library change searches only the pages it brought. */
const memo = queryMemo();

/** Each derived page's index, made once; the fold folds queries as the worker folded the docs. */
const indexes = new WeakMap<DerivedPage, { fold: ScriptFold; entry: Entry }>();
let folding: { fold: ScriptFold; remembered: ScriptFold } | undefined;

function entryFor(page: SearchablePage, derived: DerivedPage, fold: ScriptFold): Entry {
  const known = indexes.get(derived);
  if (known && known.fold === fold) return known.entry;
  const entry = { source: page.source, index: searchIndexOf(derived.docs, fold), script: derived.searchScript, mentions: derived.stocks };
  indexes.set(derived, { fold, entry });
  return entry;
}

/**
 * The reader's highlights as one more index, searched first: each one's quote where it lies in
 * its page now and its note (see `highlightSearchDocs`), folded here (there are few of them).
 */
function highlightIndex(pages: readonly Indexed[], highlights: readonly Highlight[], fold: ScriptFold): SearchIndex | undefined {
  if (highlights.length === 0) return undefined;
  const byPage = new Map<string, Highlight[]>();
  for (const h of highlights) byPage.set(h.pageId, [...(byPage.get(h.pageId) ?? []), h]);
  const docs = pages.flatMap(({ page, docs }) => {
    const mine = byPage.get(page.id);
    return mine ? highlightSearchDocs(page.id, page.source, mine, docs.map(({ doc }) => doc)) : [];
  });
  return docs.length > 0 ? buildSearchIndex(docs, fold) : undefined;
}

/**
 * The engine for `pages`, once the worker has derived (or read back) every page; the reader's
 * highlights are added with {@link Engine.withHighlights}, so a note typed rebuilds only theirs.
 */
export async function prepare(pages: readonly SearchablePage[], fold: ScriptFold): Promise<Engine> {
  if (folding?.fold !== fold) folding = { fold, remembered: remembering(fold) };
  const remembered = folding.remembered;
  const derived = await deriveLibraryPages(pages.map(({ id, source, corrections }) => ({ id, source, corrections })));
  return new Engine(
    pages.map((page, i) => ({ page, entry: entryFor(page, derived[i]!, remembered), docs: derived[i]!.docs })),
    remembered,
  );
}

interface Indexed {
  readonly page: SearchablePage;
  readonly entry: Entry;
  /** The page's derived docs, where a highlight's quote is found now. */
  readonly docs: DerivedPage['docs'];
}

/** A library's pages, indexed, and the reader's highlights: `run` searches them all, in library order. */
export class Engine {
  private readonly pages: readonly Indexed[];
  private readonly fold: ScriptFold;
  private readonly highlights: SearchIndex | undefined;

  constructor(pages: readonly Indexed[], fold: ScriptFold, highlights?: SearchIndex) {
    this.pages = pages;
    this.fold = fold;
    this.highlights = highlights;
  }

  /**
   * This engine's pages with the reader's highlights as one more index: only theirs is made
   * (the pages' indexes are shared), so an edited note costs the highlights, not the library.
   */
  withHighlights(highlights: readonly Highlight[]): Engine {
    const start = performance.now();
    const index = highlightIndex(this.pages, highlights, this.fold);
    performance.measure('broadsheet:search-highlights', { start, detail: { highlights: highlights.length } });
    return new Engine(this.pages, this.fold, index);
  }

  /**
   * The hits of `query`: the reader's highlights and notes first, then the pages in library
   * order. Each page's hits are remembered with its entry (see `libraryQuery`), so asking the
   * same query of a rebuilt engine searches only the pages new since. In steps (one a page
   * searched anew), for `runInTasks`: a query over a large library never holds up typing.
   */
  *steps(query: string, limit: number = DEFAULT_SEARCH_LIMIT): Generator<void, SearchResult> {
    const start = performance.now();
    const found = yield* libraryQuerySteps(
      this.pages.map((p) => p.entry),
      query,
      limit,
      memo,
    );
    const [first = query, ...rest] = found.terms;
    const hits: LibraryHit[] = [];
    // The reader's own highlights and notes first: what they marked is what they look for.
    if (this.highlights) {
      const byId = new Map(this.pages.map(({ page, entry }) => [page.id, { title: page.title, sourceScript: entry.script }]));
      for (const hit of search(this.highlights, first, { limit, extraTerms: rest })) {
        const page = byId.get(hit.pageId);
        if (page) hits.push({ ...hit, ...page });
      }
    }
    for (const { page, hit } of found.hits) {
      if (hits.length >= limit) break;
      const { page: p, entry } = this.pages[page]!;
      hits.push({ ...hit, title: p.title, sourceScript: entry.script });
    }
    // For `npm run bench` and the browser's performance panel: the search itself (over all its tasks), without rendering.
    performance.measure('broadsheet:search', { start, detail: { query, hits: hits.length, searched: found.searched } });
    return { hits, stock: found.stock };
  }

  /** {@link steps} at once. */
  run(query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchResult {
    return finish(this.steps(query, limit));
  }
}
