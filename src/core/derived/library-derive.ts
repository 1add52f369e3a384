/**
 * The library-wide derivation, as a pure module: for each page, what the watchlist's mentions
 * and the library search need (the page parsed and corrected, its stock mentions, its search
 * docs folded), made once per page text and kept in a store so that a reload reuses it. The Web
 * Worker (`derive.worker.ts`) runs this with an IndexedDB store; tests run it with a Map.
 */
import { searchDocs } from '../library/search-docs';
import { pageScript } from '../library/page-script';
import { applyCorrections, parsePage, type Correction } from '../page';
import { detectScript, type Script } from '../script/detect-script';
import { prepareSearchDocs, type PreparedDoc, type ScriptFold } from '../search';
import { findStockMentions, type StockMention } from '../stocks';
import { indexMentions, type LibraryMention } from '../watchlist/mentions';
import { deriveStored, keyPageId, type KeyedStore } from './stored-derive';
import { textHash } from './text-hash';

/**
 * Bump when a derived page's shape changes. (The worker adds a hash of the core's source, so a
 * change to the parser or the recognisers invalidates stored pages on its own.)
 */
export const DERIVED_FORMAT = 1;

/** A page as the derivation sees it. */
export interface DeriveInput {
  readonly id: string;
  readonly source: string;
  readonly corrections?: readonly Correction[] | undefined;
}

/** What one page yields for library-wide use: plain data, cloned across threads and stored. */
export interface DerivedPage {
  /** Page id, text hash, corrections hash and version: see {@link derivedKey}. */
  readonly key: string;
  readonly pageId: string;
  /** The page's script, judged on the whole text: the script its mentions are shown in. */
  readonly script: Script;
  /** The script judged on its opening ({@link pageScript}): for search results. */
  readonly searchScript: Script;
  /** Stock mentions, in source code points, sorted. */
  readonly stocks: readonly StockMention[];
  /** The page's mentions by stock key, in page order (as {@link indexMentions} makes them). */
  readonly mentions: readonly (readonly [string, readonly LibraryMention[]])[];
  /** Search docs of the page as corrected, folded for search. */
  readonly docs: readonly PreparedDoc[];
}

/** The key of a page's derivation: its id, its text, its corrections and the analysis version. */
export function derivedKey(input: DeriveInput, version: string): string {
  const corrections = input.corrections?.length ? textHash(JSON.stringify(input.corrections)) : '-';
  return `${input.id}\u0000${textHash(input.source)}\u0000${corrections}\u0000${version}`;
}

export { keyPageId };

/** Derives one page (the costly part: parse, stock recognition, folding every line). */
export function derivePage(input: DeriveInput, fold: ScriptFold, key: string): DerivedPage {
  const page = applyCorrections(parsePage(input.source), input.corrections ?? []);
  const stocks = findStockMentions(input.source);
  const script = detectScript(input.source);
  const mentions = [...indexMentions([{ pageId: input.id, page, script, stocks }])];
  const docs = prepareSearchDocs(searchDocs(input.id, page), fold);
  return { key, pageId: input.id, script, searchScript: pageScript(input.source), stocks, mentions, docs };
}

/** Where derived pages are kept between visits. Every call may fail: the store is only a cache. */
export type DerivedStore = KeyedStore<DerivedPage>;

export interface DeriveRequest {
  /** The pages to derive (those the caller doesn't hold already). */
  readonly pages: readonly DeriveInput[];
  /** Every page id in the library: stored derivations of other pages are dropped. */
  readonly live: readonly string[];
}

export interface DeriveResponse {
  /** One per requested page, in request order. */
  readonly pages: readonly DerivedPage[];
  /** How many were derived now (the rest were read back from the store). */
  readonly built: number;
}

export interface DeriveDeps {
  readonly store: DerivedStore;
  /** The search fold; asked for only when a page must be derived (its tables are large). */
  readonly fold: () => ScriptFold | Promise<ScriptFold>;
  readonly version: string;
  /** Reports a store that failed (the derivation goes on without it). */
  readonly onStoreError?: (error: unknown) => void;
}

/**
 * Answers a request: reads what the store holds for each page's current key, derives the rest,
 * stores them, and drops stored derivations of pages no longer in the library and of older texts,
 * corrections or versions of the requested pages.
 */
export async function deriveLibrary(request: DeriveRequest, deps: DeriveDeps): Promise<DeriveResponse> {
  return deriveStored(request, {
    store: deps.store,
    key: (page) => derivedKey(page, deps.version),
    build: async (pages, keys) => {
      const fold = await deps.fold();
      return pages.map((page, i) => derivePage(page, fold, keys[i]!));
    },
    ...(deps.onStoreError ? { onStoreError: deps.onStoreError } : {}),
  });
}

/** A fold that remembers each line it folded: a page imported twice is folded once. */
export function remembering(fold: ScriptFold, limit = 400_000): ScriptFold {
  const memo = new Map<string, string>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      if (memo.size > limit) memo.clear();
      out = fold(text);
      memo.set(text, out);
    }
    return out;
  };
}

/** A message to the derivation worker (the figure index's have `kind: 'figures'`), and its answer. */
export interface DeriveMessage {
  readonly id: number;
  readonly request: DeriveRequest;
}
export type WorkerAnswer<R> = { readonly id: number; readonly ok: true; readonly response: R } | { readonly id: number; readonly ok: false; readonly error: string };
export type DeriveAnswer = WorkerAnswer<DeriveResponse>;

/** Answers messages one at a time (two library changes never derive the same page twice). */
export function queued<M extends { readonly id: number }, R>(run: (message: M) => Promise<R>): (message: M) => Promise<WorkerAnswer<R>> {
  let queue: Promise<unknown> = Promise.resolve();
  return (message) => {
    const answer = queue
      .then(() => run(message).then((response): WorkerAnswer<R> => ({ id: message.id, ok: true, response })))
      .catch((error: unknown): WorkerAnswer<R> => ({ id: message.id, ok: false, error: String(error) }));
    queue = answer;
    return answer;
  };
}

export function createDeriveHandler(deps: DeriveDeps): (message: DeriveMessage) => Promise<DeriveAnswer> {
  return queued((message: DeriveMessage) => deriveLibrary(message.request, deps));
}
