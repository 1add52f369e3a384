import type { DeriveInput, DeriveRequest, DeriveResponse, DerivedPage, WorkerAnswer } from '../../core/derived/library-derive';

/**
 * The library-wide half of what is derived (each page's stock mentions and search docs), for the
 * watchlist's mentions and the library search alike. The work runs in a Web Worker, which keeps
 * its results in IndexedDB (`broadsheet-derived`), so a reload derives nothing already derived;
 * here, each page's result is held while its text and corrections are the same objects. The open
 * page never waits on this: the reader's marks come from `analysis.ts`, on the main thread.
 */
interface Held {
  readonly source: string;
  readonly corrections: DeriveInput['corrections'];
  readonly result: Promise<DerivedPage>;
}

const held = new Map<string, Held>();
let worker: Worker | undefined;
let workerBroken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
let built = 0;

/** Pages derived (not read back from storage) in this visit: for tests and `npm run bench`. */
export const derivedBuilt = (): number => built;

function startWorker(): Worker {
  const w = new Worker(new URL('../../core/derived/derive.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<WorkerAnswer<unknown>>) => {
    const answer = event.data;
    const pending = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.ok) pending?.resolve(answer.response);
    else pending?.reject(new Error(answer.error));
  };
  w.onerror = (event) => {
    event.preventDefault();
    console.error('Broadsheet: the derivation worker failed; deriving on the main thread', event.message);
    workerBroken = true;
    worker = undefined;
    w.terminate();
    for (const [, pending] of waiting) pending.reject(new Error('worker failed'));
    waiting.clear();
  };
  return w;
}

/** Where no worker can run (or it broke): the same derivation, here, stored nowhere. */
async function deriveHere(request: DeriveRequest): Promise<DeriveResponse> {
  const [{ deriveLibrary }, { ensureHk2s }] = await Promise.all([import('../../core/derived/library-derive'), import('../script/converters')]);
  const none = () => Promise.resolve();
  return deriveLibrary(request, {
    store: { getMany: (keys) => Promise.resolve(keys.map(() => undefined)), setMany: none, keys: () => Promise.resolve([]), delMany: none },
    fold: ensureHk2s,
    version: 'here',
  });
}

/**
 * Asks the derivation worker (started on first use) and waits for its answer; where no worker
 * can run, or it failed, `here` does the same work on this thread. For the figure index too
 * (`figure-index.ts`), which sends `kind: 'figures'`.
 */
export function askWorker<R>(message: { readonly kind?: 'figures'; readonly request: unknown }, here: () => Promise<R>): Promise<R> {
  if (workerBroken || typeof Worker === 'undefined') return here();
  worker ??= startWorker();
  const id = ++nextId;
  const answer = new Promise<R>((resolve, reject) => waiting.set(id, { resolve: resolve as (r: unknown) => void, reject }));
  worker.postMessage({ ...message, id });
  return answer.catch(() => here());
}

function ask(request: DeriveRequest): Promise<DeriveResponse> {
  return askWorker({ request }, () => deriveHere(request));
}

/**
 * Every page of `library` (the whole library, in its order) derived: held ones at once, the
 * others asked of the worker in one batch. Pages no longer in the library are let go, here and
 * in storage.
 */
export function deriveLibraryPages(library: readonly DeriveInput[]): Promise<DerivedPage[]> {
  const live = new Set(library.map((p) => p.id));
  let dropped = false;
  for (const id of held.keys()) {
    if (!live.has(id)) dropped = held.delete(id) || dropped;
  }
  const missing = library.filter((p) => {
    const known = held.get(p.id);
    return !(known && known.source === p.source && known.corrections === p.corrections);
  });
  if (missing.length > 0 || dropped) {
    const start = performance.now();
    const request: DeriveRequest = { pages: missing.map(({ id, source, corrections }) => ({ id, source, corrections })), live: [...live] };
    const batch = ask(request).then((response) => {
      built += response.built;
      // For tests and `npm run bench`: how many pages were asked for, and how many derived anew.
      performance.measure('broadsheet:derive', { start, detail: { asked: missing.length, built: response.built, total: built } });
      return response.pages;
    });
    missing.forEach((page, i) => {
      const result = batch.then((pages) => pages[i]!);
      const entry: Held = { source: page.source, corrections: page.corrections, result };
      held.set(page.id, entry);
      // A failed batch is forgotten, so the next request asks again.
      result.catch(() => held.get(page.id) === entry && held.delete(page.id));
    });
  }
  return Promise.all(library.map((p) => held.get(p.id)!.result));
}
