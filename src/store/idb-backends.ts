import { keepAside, readMany, readRaw, writeAtomically } from './idb-storage';
import type { Backend } from './persisted';
import { encodeIndex, encodeWhole, PAGED, pageKey, type PagedState, type StoredShape } from './shapes/stored-shape';
import { useStorageStatus } from './storage-status';

/** The IndexedDB storage of a shape, by its layout (loaded by `persisted` with the first read). */
export function idbBackendFor<F>(shape: StoredShape<F>): Backend<F> {
  return shape.layout === PAGED ? (pagedBackend(shape as never) as unknown as Backend<F>) : wholeBackend(shape);
}

/** A `whole` shape in IndexedDB. */
function wholeBackend<F>(shape: StoredShape<F>): Backend<F> {
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
    const start = performance.now();
    await writeAtomically(puts, deletes);
    // For `npm run bench`: a restore or an import is saved once this transaction is committed.
    performance.measure('broadsheet:library-write', { start, detail: { texts: puts.length - 1 } });
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
