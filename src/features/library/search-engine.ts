/**
 * The library's search, loaded on first use (its own chunk: nothing of it weighs on first paint).
 * One index per page, kept while the page's text and corrections are unchanged, so a library
 * change rebuilds only the page that changed; building yields to the browser between pages so
 * typing stays responsive while 200 pages are indexed.
 */
import { pageScript, searchDocs, stockSearchTerms, type MentionSource } from '../../core/library';
import { applyCorrections, type Correction } from '../../core/page';
import { analysisOf } from '../../shared/page/analysis';
import type { Script } from '../../core/script/detect-script';
import { buildSearchIndex, DEFAULT_SEARCH_LIMIT, search, type ScriptFold, type SearchHit, type SearchIndex } from '../../core/search';
import { findStockMentions, type StockMention } from '../../core/stocks';

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
  readonly corrections: readonly Correction[] | undefined;
  readonly index: SearchIndex;
  readonly script: Script;
  mentions?: readonly StockMention[];
}

const entries = new Map<string, Entry>();

/**
 * The fold, remembered per line: a rebuild re-folds only new lines, and a query folded once per
 * page is folded once. Cleared when it grows past what 200 large pages need.
 */
function remembering(fold: ScriptFold): ScriptFold {
  const memo = new Map<string, string>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      if (memo.size > 400_000) memo.clear();
      out = fold(text);
      memo.set(text, out);
    }
    return out;
  };
}

let folding: { fold: ScriptFold; remembered: ScriptFold } | undefined;

function entryFor(page: SearchablePage, fold: ScriptFold): Entry {
  const known = entries.get(page.id);
  if (known && known.source === page.source && known.corrections === page.corrections) return known;
  const parsed = applyCorrections(analysisOf(page.id, page.source).page, page.corrections ?? []);
  const entry = { source: page.source, corrections: page.corrections, index: buildSearchIndex(searchDocs(page.id, parsed), fold), script: pageScript(page.source) };
  entries.set(page.id, entry);
  return entry;
}

/** Builds (or brings up to date) the indexes of `pages`; `pause` lets the browser breathe between pages. */
export async function prepare(pages: readonly SearchablePage[], fold: ScriptFold, pause: () => Promise<void>): Promise<Engine> {
  if (folding?.fold !== fold) folding = { fold, remembered: remembering(fold) };
  const remembered = folding.remembered;
  const live = new Set(pages.map((p) => p.id));
  for (const id of entries.keys()) if (!live.has(id)) entries.delete(id);
  let slice = performance.now();
  for (const page of pages) {
    entryFor(page, remembered);
    if (performance.now() - slice > 12) {
      await pause();
      slice = performance.now();
    }
  }
  // Another build may have replaced entries meanwhile: take this library's, building any missing.
  const ready = pages.map((page) => ({ page, entry: entryFor(page, remembered) }));
  return new Engine(ready);
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
      entry.mentions ??= findStockMentions(entry.source);
      yield { source: entry.source, mentions: entry.mentions };
    }
  }
}
