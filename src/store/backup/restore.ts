import { newPageId } from '../../core/library/page-id';
import { ok, type Result } from '../../core/result';
import { useChartChoices } from '../chart-choices';
import { useHighlights } from '../highlights';
import { useLibrary } from '../library';
import { usePrefs } from '../prefs';
import type { StoredShapeName } from '../shapes';
import { useWatchlist } from '../watchlist';
import { buildBackup, type AllFacts, type BackupRefusal } from './document';
import { backupFileName, decodeBackup, encodeBackup } from './file';
import { planRestore, type Tally } from './merge';
import { BACKUP_MERGES } from './merges';

/** A store made by `persisted()`: its facts are `partialize(state)`, and setting them writes them. */
interface PersistedStore {
  getState(): unknown;
  setState(facts: never): void;
  persist: {
    getOptions(): { name?: string; partialize?: (state: never) => unknown };
    hasHydrated(): boolean;
    onFinishHydration(listener: () => void): () => void;
  };
}

/**
 * The store of each stored shape: what a backup is read from and a restore writes through (so
 * each store writes its own storage, the paged library only the pages that changed).
 */
export const PERSISTED_STORES = {
  library: useLibrary,
  chartChoices: useChartChoices,
  watchlist: useWatchlist,
  prefs: usePrefs,
  highlights: useHighlights,
} as const satisfies { readonly [K in StoredShapeName]: PersistedStore };

const names = Object.keys(PERSISTED_STORES) as StoredShapeName[];

/** Resolves once the store has read its stored state back: never back up or merge into a store still empty. */
function hydrated(store: PersistedStore): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

/** Every store's facts as they are now, once each has been read back. */
export async function currentFacts(): Promise<AllFacts> {
  const facts = {} as Record<StoredShapeName, unknown>;
  for (const name of names) {
    const store: PersistedStore = PERSISTED_STORES[name];
    await hydrated(store);
    const { partialize } = store.persist.getOptions();
    facts[name] = partialize!(store.getState() as never);
  }
  return facts as AllFacts;
}

/** The whole library as a backup file, and the name to save it under. */
export async function exportLibrary(now = new Date()): Promise<{ blob: Blob; fileName: string }> {
  const doc = buildBackup(await currentFacts(), now.getTime());
  return { blob: await encodeBackup(doc), fileName: backupFileName(now) };
}

/**
 * Restores a backup file into the stores: read and checked in full, merged (see `planRestore`),
 * then each store that changes is set once. A file that is refused changes nothing.
 */
export async function restoreLibrary(bytes: Uint8Array, now = Date.now()): Promise<Result<Tally, BackupRefusal>> {
  const start = performance.now();
  const read = await decodeBackup(bytes, now);
  if (!read.ok) return read;
  const decoded = performance.now();
  const plan = planRestore(await currentFacts(), read.data, BACKUP_MERGES, () => newPageId());
  const planned = performance.now();
  for (const name of plan.changed) (PERSISTED_STORES[name] as PersistedStore).setState(plan.facts[name] as never);
  // For `npm run bench` and the performance panel: the restore's steps (setting the stores
  // includes the synchronous render of what they show, and starts their writes).
  performance.measure('broadsheet:restore-decode', { start, end: decoded });
  performance.measure('broadsheet:restore-merge', { start: decoded, end: planned });
  performance.measure('broadsheet:restore-set', { start: planned });
  return ok(plan.tally);
}
