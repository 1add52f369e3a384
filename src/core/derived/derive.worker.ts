/**
 * Web Worker entry: the library-wide derivation (`library-derive.ts`) off the main thread, its
 * results kept in IndexedDB (`broadsheet-derived`, a rebuildable cache apart from the reader's
 * own data) so that a reload derives nothing already derived. Started by
 * `shared/page/derived-library.ts` with `new Worker(new URL(...), { type: 'module' })`.
 */
import { createStore, delMany, getMany, keys, setMany } from 'idb-keyval';
import { createDeriveHandler, DERIVED_FORMAT, remembering, type DerivedPage, type DeriveMessage } from './library-derive';
import type { ScriptFold } from '../search';

const db = createStore('broadsheet-derived', 'pages');
let fold: Promise<ScriptFold> | undefined;

const handle = createDeriveHandler({
  store: {
    getMany: (list) => getMany<DerivedPage>([...list], db),
    setMany: (entries) => setMany(entries.map(([k, v]) => [k, v]), db),
    keys: () => keys<string>(db),
    delMany: (list) => delMany([...list], db),
  },
  fold: () => (fold ??= import('../script/hk2s').then(({ createHk2s }) => remembering(createHk2s()))),
  // A change anywhere in the core (the parser, the recognisers) makes a new version.
  version: `${DERIVED_FORMAT}.${__BROADSHEET_CORE_HASH__}`,
  onStoreError: (error) => console.warn('Broadsheet: the derived-data cache is unavailable', error),
});

self.onmessage = (event: MessageEvent<DeriveMessage>) => {
  void handle(event.data).then((answer) => self.postMessage(answer));
};
