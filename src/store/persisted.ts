import { persist, type PersistOptions, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { StateCreator, StoreMutatorIdentifier } from 'zustand';
import { asideKey, encodeWhole, readStored, type StoredShape } from './shapes/stored-shape';
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
export interface Backend<F> {
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
  const backend: Backend<F> = shape.area === 'localStorage' ? localBackend(shape) : idbBackend(shape);
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

/**
 * A shape in IndexedDB: its storage code (and idb-keyval) loads with the first read, so the
 * first-paint stores (in localStorage) do not carry it. Calls keep their order: each waits on the
 * same loaded module.
 */
function idbBackend<F>(shape: StoredShape<F>): Backend<F> {
  const loaded = import('./idb-backends').then((m) => m.idbBackendFor(shape));
  return {
    read: () => loaded.then((b) => b.read()),
    accept: (state) => void loaded.then((b) => b.accept(state)),
    write: (state) => loaded.then((b) => b.write(state)),
    keepAside: (key, raw) => loaded.then((b) => b.keepAside(key, raw)),
  };
}
