import type { StateStorage } from 'zustand/middleware';
import { idbStorage, readRaw, setAside } from './idb-storage';
import { classifyStorageError, useStorageStatus } from './storage-status';

/** A persisted store's IndexedDB storage, and what to do when reading it back failed. */
export interface ReportingStorage {
  readonly storage: StateStorage<Promise<void>>;
  /**
   * For the store's `onRehydrateStorage`: unreadable JSON is kept aside (nothing the reader saved
   * is thrown away); storage that refused to be read leaves the store working in memory, never
   * writing, so a value it could not see is not overwritten by an empty one. Either is reported.
   */
  readonly readFailed: (error: unknown) => void;
}

/**
 * The stores' IndexedDB storage under `name`: a refused write (quota, private mode) is reported
 * to the reader instead of failing silently, and nothing is written once the stored value could
 * not be read.
 */
export function reportingIdbStorage(name: string): ReportingStorage {
  let unreadable = false;
  return {
    storage: {
      getItem: (key) => idbStorage.getItem(key),
      setItem: async (key, value) => {
        if (unreadable) return;
        try {
          await idbStorage.setItem(key, value);
        } catch (error) {
          useStorageStatus.getState().report(classifyStorageError(error));
        }
      },
      removeItem: (key) => idbStorage.removeItem(key),
    },
    readFailed: (error) => {
      if (reportReadFailure(name, error)) unreadable = true;
    },
  };
}

/**
 * What a store does when its stored value under `name` could not be read: unreadable JSON is
 * kept aside, and either problem is reported. True when storage refused to be read, so the store
 * must not write (it would overwrite a value it could not see).
 */
export function reportReadFailure(name: string, error: unknown): boolean {
  const problem = error instanceof SyntaxError ? 'corrupt' : classifyStorageError(error);
  if (problem === 'corrupt') void readRaw(name).then((raw) => setAside(name, raw));
  useStorageStatus.getState().report(problem);
  return problem !== 'corrupt';
}
