/**
 * The library's search, loaded on first use (its own chunk: nothing of it weighs on first paint).
 * Each page's docs are derived and folded in a worker and kept between visits (see
 * `shared/page/derived-library.ts`, shared with the watchlist's mentions); here they only become
 * an index, once per derived page, so a library change costs what changed.
 */
import type { DerivedPage } from '../../core/derived/library-derive';
import { stockSearchTerms, type MentionSource } from '../../core/library';
import type { Correction } from '../../core/page';
import type { Script } from '../../core/script/detect-script';
import { DEFAULT_SEARCH_LIMIT, search, searchIndexOf, type ScriptFold, type SearchHit, type SearchIndex } from '../../core/search';
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

/** The engine for `pages`, once the worker has derived (or read back) every one of them. */
export async function prepare(pages: readonly SearchablePage[], fold: ScriptFold): Promise<Engine> {
  if (folding?.fold !== fold) folding = { fold, remembered: remembering(fold) };
  const remembered = folding.remembered;
  const derived = await deriveLibraryPages(pages.map(({ id, source, corrections }) => ({ id, source, corrections })));
  return new Engine(pages.map((page, i) => ({ page, entry: entryFor(page, derived[i]!, remembered) })));
}

/** A library's pages, indexed: `run` searches them all, in library order. */
export class Engine {
  private readonly pages: readonly { page: SearchablePage; entry: Entry }[];

  constructor(pages: readonly { page: SearchablePage; entry: Entry }[]) {
    this.pages = pages;
  }

  run(query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchResult {
    const start = performance.now();
    const extra = stockSearchTerms(query, this.mentionSources());
    const [first = query, ...rest] = extra ?? [query];
    const hits: LibraryHit[] = [];
    for (const { page, entry } of this.pages) {
      if (hits.length >= limit) break;
      for (const hit of search(entry.index, first, { limit: limit - hits.length, extraTerms: rest })) {
        hits.push({ ...hit, title: page.title, sourceScript: entry.script });
      }
    }
    // For `npm run bench` and the browser's performance panel: the search itself, without rendering.
    performance.measure('broadsheet:search', { start, detail: { query, hits: hits.length } });
    return { hits, stock: extra !== undefined };
  }

  /** Stock mentions, found on the first query that looks like a code, then kept with the page. */
  private *mentionSources(): Generator<MentionSource> {
    for (const { entry } of this.pages) {
      yield { source: entry.source, mentions: entry.mentions };
    }
  }
}
