/**
 * Derivation through a store that outlives the visit: what the store holds for an input's
 * current key is read back, the rest is built and stored, and stored entries of pages gone from
 * the library, or of older texts, corrections, dates or versions of the asked pages, are dropped.
 * Every store call may fail: the store is only a cache, and the derivation goes on without it.
 */

/** Where derived entries are kept between visits, by key. */
export interface KeyedStore<T> {
  getMany(keys: readonly string[]): Promise<(T | undefined)[]>;
  setMany(entries: readonly (readonly [string, T])[]): Promise<void>;
  keys(): Promise<string[]>;
  delMany(keys: readonly string[]): Promise<void>;
}

export interface StoredRequest<I> {
  /** The pages to derive (those the caller doesn't hold already). */
  readonly pages: readonly I[];
  /** Every page id in the library: stored derivations of other pages are dropped. */
  readonly live: readonly string[];
}

export interface StoredResponse<O> {
  /** One per requested page, in request order. */
  readonly pages: readonly O[];
  /** How many were derived now (the rest were read back from the store). */
  readonly built: number;
}

export interface StoredDeps<I, O> {
  readonly store: KeyedStore<O>;
  /** The input's key: it starts with the page id and `\u0000` (see {@link keyPageId}). */
  readonly key: (input: I) => string;
  /** Builds the inputs the store didn't hold, one output per input, in order. */
  readonly build: (inputs: readonly I[], keys: readonly string[]) => O[] | Promise<O[]>;
  readonly onStoreError?: (error: unknown) => void;
}

/** The page id a key was made for. */
export const keyPageId = (key: string): string => key.slice(0, key.indexOf('\u0000'));

export async function deriveStored<I extends { readonly id: string }, O extends { readonly key: string }>(
  request: StoredRequest<I>,
  deps: StoredDeps<I, O>,
): Promise<StoredResponse<O>> {
  const { store } = deps;
  const report = deps.onStoreError ?? (() => {});
  const keys = request.pages.map(deps.key);
  const stored = await store.getMany(keys).catch((error: unknown) => {
    report(error);
    return keys.map(() => undefined);
  });
  const missing = request.pages.flatMap((_page, i) => (stored[i]?.key === keys[i] ? [] : [i]));
  const pages = [...stored] as (O | undefined)[];
  if (missing.length > 0) {
    const built = await deps.build(
      missing.map((i) => request.pages[i]!),
      missing.map((i) => keys[i]!),
    );
    missing.forEach((i, j) => (pages[i] = built[j]));
    await store.setMany(missing.map((i) => [keys[i]!, pages[i]!] as const)).catch(report);
  }
  const live = new Set(request.live);
  const current = new Set(keys);
  const asked = new Set(request.pages.map((p) => p.id));
  const stale = (await store.keys().catch((error: unknown) => (report(error), [] as string[]))).filter((key) => {
    const id = keyPageId(key);
    return !live.has(id) || (asked.has(id) && !current.has(key));
  });
  if (stale.length > 0) await store.delMany(stale).catch(report);
  return { pages: pages as O[], built: missing.length };
}
