/**
 * Web Worker entry: the library-wide derivation off the main thread. Each page's stock mentions
 * and search docs (`library-derive.ts`) are kept in IndexedDB `broadsheet-derived`, its facts for
 * the figure index (`figure-derive.ts`) in `broadsheet-figures`: rebuildable caches apart from the
 * reader's own data, so that a reload derives nothing already derived. Each kind of request has
 * its own queue, so building the figure index never holds up the search. Started by
 * `shared/page/derived-library.ts` with `new Worker(new URL(...), { type: 'module' })`.
 */
import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { deriveFigures, FIGURES_FORMAT, type FiguresMessage, type StoredFigures } from './figure-derive';
import { createDeriveHandler, DERIVED_FORMAT, queued, remembering, type DerivedPage, type DeriveMessage } from './library-derive';
import type { KeyedStore } from './stored-derive';
import type { ScriptFold } from '../search';

function idbStore<T>(db: UseStore): KeyedStore<T> {
  return {
    getMany: (list) => getMany<T>([...list], db),
    setMany: (entries) => setMany(entries.map(([k, v]) => [k, v]), db),
    keys: () => keys<string>(db),
    delMany: (list) => delMany([...list], db),
  };
}

let fold: Promise<ScriptFold> | undefined;
const onStoreError = (error: unknown) => console.warn('Broadsheet: the derived-data cache is unavailable', error);

const handlePages = createDeriveHandler({
  store: idbStore<DerivedPage>(createStore('broadsheet-derived', 'pages')),
  fold: () => (fold ??= import('../script/hk2s').then(({ createHk2s }) => remembering(createHk2s()))),
  // A change anywhere in the core (the parser, the recognisers) makes a new version.
  version: `${DERIVED_FORMAT}.${__BROADSHEET_CORE_HASH__}`,
  onStoreError,
});

const figuresStore = idbStore<StoredFigures>(createStore('broadsheet-figures', 'pages'));
const handleFigures = queued((message: FiguresMessage) =>
  deriveFigures(message.request, { store: figuresStore, version: `${FIGURES_FORMAT}.${__BROADSHEET_CORE_HASH__}`, onStoreError }),
);

self.onmessage = (event: MessageEvent<DeriveMessage | FiguresMessage>) => {
  const message = event.data;
  const answer = 'kind' in message && message.kind === 'figures' ? handleFigures(message) : handlePages(message);
  void answer.then((a) => self.postMessage(a));
};
