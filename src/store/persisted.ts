import { persist, type PersistOptions, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { StateCreator, StoreMutatorIdentifier } from 'zustand';
import { keepAside, readMany, readRaw, writeAtomically } from './idb-storage';
import { asideKey, encodeIndex, encodeWhole, PAGED, pageKey, readStored, type PagedState, type StoredShape } from './shapes';
import { classifyStorageError, useStorageStatus, type StorageProblem } from './storage-status';

/**
 * The one way a store persists: zustand's `persist`, over the storage its shape names
 * (`STORED_SHAPES`), with every value read back checked by `readStored` (the one `migrate`):
 *
 * - a known older version is upgraded; a value that passes its schema is the store's;
 * - a version this app does not know (a newer app wrote it) is copied aside to
 *   `<key>:version-N:<time>`, reported, and the store then works in memory and never writes over it;
 * - a value that fails its schema (or is not JSON) is copied aside to `<key>:corrupt:<time>`,
 *   reported, and what could be salvaged (else the defaults) is used; nothing is deleted;
 * - storage that refuses to be read is reported, and the store does not write over what it could
 *   not see; a refused write is reported, and the next write stores what it missed.
 *
 * No write happens before the stored value has been read back (a change while it is being read
 * would write the empty state over the reader's data). The stored state is always this version's,
 * so zustand's own version check never discards anything.
 */
export interface PersistedOptions<S, F> {
  /** The stored facts of the state. */
  readonly partialize: (state: S) => F;
  /** The stored facts (read back and checked) merged into the current state; by default they replace the facts. */
  readonly merge?: (stored: F, current: S) => S;
  /**
   * Just before each write: what is stored now (this version's, checked; undefined if none) merged
   * into what is about to be written (the watchlist merges what another tab wrote meanwhile).
   */
  readonly beforeWrite?: (mine: F, stored: F | undefined, now: number) => F;
  /** Called once the stored value has been read back, or found unreadable. */
  readonly onHydrated?: () => void;
}

type Maybe<T> = T | Promise<T>;

/** What a storage area holds for a shape, and how to write it. */
interface Backend<F> {
  /** The stored value as `readStored` takes it (for a paged shape, the index with the texts put back), and its raw text. */
  read(): Maybe<{ raw: unknown; value: unknown } | null>;
  /** The state the store took from what was read: a paged backend now knows which texts it holds. */
  accept(state: F): void;
  write(state: F): Maybe<void>;
  keepAside(key: string, raw: unknown): Maybe<void>;
}

export function persisted<S, F, Mps extends [StoreMutatorIdentifier, unknown][] = [], Mcs extends [StoreMutatorIdentifier, unknown][] = []>(
  shape: StoredShape<F>,
  creator: StateCreator<S, [...Mps, ['zustand/persist', unknown]], Mcs>,
  options: PersistedOptions<S, F>,
) {
  const backend: Backend<F> = shape.area === 'localStorage' ? localBackend(shape) : shape.layout === PAGED ? (pagedBackend(shape as never) as unknown as Backend<F>) : idbBackend(shape);
  let readBack = false;
  /** The value read back was an older version, upgraded: it is written back in this version once read. */
  let upgraded = false;
  let api: Parameters<typeof creator>[2] | undefined;
  /** Storage refused to be read, or holds a newer version's data: the store must not write. */
  let locked = false;
  /** Raw values already kept aside this session: read again (another tab, a focus), they are not copied twice. */
  const keptAside = new Set<unknown>();
  const report = (problem: StorageProblem) => useStorageStatus.getState().report(problem);

  function setAside(read: Parameters<typeof asideKey>[1], raw: unknown, now: number): void {
    if (keptAside.has(raw)) return;
    keptAside.add(raw);
    try {
      void Promise.resolve(backend.keepAside(asideKey(shape.key, read, now), raw)).catch(() => undefined);
    } catch {
      // Storage refuses even that: the in-memory state still works; the banner says so.
    }
  }

  /** The stored value read and checked: the state to hydrate, or null (nothing usable). */
  function check(stored: { raw: unknown; value: unknown } | null): StorageValue<F> | null {
    const now = Date.now();
    const read = readStored(shape, stored?.value, now);
    switch (read.kind) {
      case 'empty':
        return null;
      case 'unknown-version':
        locked = true;
        setAside(read, stored!.raw, now);
        report('newer');
        return null;
      case 'corrupt':
        setAside(read, stored!.raw, now);
        report('corrupt');
        if (read.salvaged === undefined) return null;
        backend.accept(read.salvaged);
        return { state: read.salvaged, version: shape.version };
      case 'ok':
        upgraded = read.from !== shape.version;
        if (read.dropped > 0) {
          setAside({ kind: 'corrupt' }, stored!.raw, now);
          report('corrupt');
        }
        backend.accept(read.state);
        return { state: read.state, version: shape.version };
    }
  }

  function refused(error: unknown): null {
    locked = true;
    report(error instanceof SyntaxError ? 'corrupt' : classifyStorageError(error));
    return null;
  }

  const storage: PersistStorage<F> = {
    getItem: () => {
      try {
        const stored = backend.read();
        return stored instanceof Promise ? stored.then(check, refused) : check(stored);
      } catch (error) {
        return refused(error);
      }
    },
    setItem: (_key, { state }) => {
      if (!readBack || locked) return;
      const now = Date.now();
      let mine = state;
      if (options.beforeWrite) {
        let stored: F | undefined;
        try {
          const found = backend.read();
          // Only a synchronous area can be merged on write (a write must not wait on a read).
          if (!(found instanceof Promise)) {
            const read = readStored(shape, found?.value, now);
            if (read.kind === 'unknown-version') {
              locked = true;
              setAside(read, found!.raw, now);
              report('newer');
              return;
            }
            if (read.kind === 'ok') stored = read.state;
          }
        } catch {
          // Unreadable now: write what this tab holds.
        }
        mine = options.beforeWrite(state, stored, now);
      }
      try {
        const written = backend.write(mine);
        if (written instanceof Promise) return written.catch((error: unknown) => report(classifyStorageError(error)));
      } catch (error) {
        report(classifyStorageError(error));
      }
    },
    removeItem: () => undefined,
  };

  const persistOptions: PersistOptions<S, F> = {
    name: shape.key,
    version: shape.version,
    storage,
    partialize: options.partialize,
    merge: (stored, current) => {
      if (stored === undefined || stored === null) return current;
      return options.merge ? options.merge(stored as F, current) : { ...current, ...(stored as F) };
    },
    onRehydrateStorage: () => (_state, error) => {
      if (error) refused(error);
      readBack = true;
      if (upgraded && api) {
        upgraded = false;
        void storage.setItem(shape.key, { state: options.partialize(api.getState()), version: shape.version });
      }
      options.onHydrated?.();
    },
  };
  return persist<S, Mps, Mcs, F>((set, get, store) => {
    api = store;
    return creator(set, get, store);
  }, persistOptions);
}

/** localStorage, looked up on each use (it may be missing or throw: private modes, tests). */
function local(): Storage {
  const storage = globalThis.localStorage as Storage | undefined;
  if (!storage) throw new DOMException('localStorage is not available', 'SecurityError');
  return storage;
}

/** A `whole` shape in localStorage: synchronous, so the state is there at first paint. */
function localBackend<F>(shape: StoredShape<F>): Backend<F> {
  return {
    read: () => {
      const raw = local().getItem(shape.key);
      return raw === null ? null : { raw, value: raw };
    },
    accept: () => undefined,
    write: (state) => local().setItem(shape.key, encodeWhole(shape, state)),
    keepAside: (key, raw) => local().setItem(key, String(raw)),
  };
}

/** A `whole` shape in IndexedDB. */
function idbBackend<F>(shape: StoredShape<F>): Backend<F> {
  return {
    read: async () => {
      const raw = await readRaw(shape.key);
      return raw === undefined || raw === null ? null : { raw, value: raw };
    },
    accept: () => undefined,
    write: (state) => writeAtomically([[shape.key, encodeWhole(shape, state)]], []),
    keepAside,
  };
}

/**
 * A `paged` shape in IndexedDB (the library): the index (the state without the pages' texts)
 * under the shape's key, each page's text under `<key>:page:<id>`, so a change writes the index
 * and only the pages whose objects changed, never every text again. Each write is one
 * transaction, so the index and the texts never disagree.
 *
 * A text is deleted only when a page the store held (read back and accepted, or written since)
 * is no longer in it: never because an index came back empty, unreadable or refused. A value
 * stored whole (the earlier layout, texts inside) is read as it is and written in pages on the
 * first change. A page whose text is missing is kept aside and reported, and the rest is read.
 */
function pagedBackend<F extends PagedState>(shape: StoredShape<F>): Backend<F> {
  const key = shape.key;
  /** The page objects whose texts IndexedDB holds, by id: the same object is not written again. */
  let written = new Map<string, object>();
  /** Pages whose texts the last read found under their own keys. */
  let textsStored = new Set<string>();
  let queue = Promise.resolve();

  async function write(state: F): Promise<void> {
    const { pages } = state;
    const puts: Array<[string, unknown]> = [[key, encodeIndex(shape, state)]];
    for (const [id, page] of Object.entries(pages)) if (written.get(id) !== page) puts.push([pageKey(key, id), page.source]);
    const deletes = [...written.keys()].filter((id) => !(id in pages)).map((id) => pageKey(key, id));
    await writeAtomically(puts, deletes);
    written = new Map(Object.entries(pages));
  }

  return {
    read: async () => {
      const raw = await readRaw(key);
      if (raw === undefined || raw === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(String(raw));
      } catch {
        return { raw, value: raw };
      }
      const index = value as { state?: { pages?: unknown }; layout?: string } | null;
      const pages = index?.state?.pages;
      textsStored = new Set();
      // Stored whole, or not a state of pages at all (`readStored` tells which).
      if (index?.layout !== PAGED || typeof pages !== 'object' || pages === null) return { raw, value };
      const ids = Object.keys(pages);
      const texts = await readMany(ids.map((id) => pageKey(key, id)));
      const withTexts: Record<string, unknown> = {};
      ids.forEach((id, i) => {
        const meta = (pages as Record<string, { source?: unknown }>)[id];
        // A text written into the index itself is the page's own.
        const source = meta?.source ?? texts[i];
        if (typeof source !== 'string') {
          void keepAside(`${pageKey(key, id)}:missing:${new Date().toISOString()}`, meta).catch(() => undefined);
          useStorageStatus.getState().report('corrupt');
          return;
        }
        withTexts[id] = { ...meta, source };
        if (meta?.source === undefined) textsStored.add(id);
      });
      const { layout: _layout, ...envelope } = index as Record<string, unknown>;
      return { raw, value: { ...envelope, state: { ...index.state, pages: withTexts } } };
    },
    accept: (state) => {
      written = new Map(Object.entries(state.pages).filter(([id]) => textsStored.has(id)));
    },
    // One write at a time, each against what the last one stored: a refused write leaves
    // `written` as it was, so the next one stores everything since.
    write: (state) => {
      const done = queue.then(() => write(state));
      queue = done.catch(() => undefined);
      return done;
    },
    keepAside,
  };
}
