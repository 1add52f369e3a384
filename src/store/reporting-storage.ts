import type { StateStorage } from 'zustand/middleware';
import { idbStorage } from './idb-storage';

/**
 * The stores' IndexedDB storage: a refused write (quota, private mode) is reported to the reader
 * instead of failing silently, and nothing is written while `readFailed()` says the stored value
 * could not be read — so a value the app could not see is never overwritten by an empty one.
 */
export function reportingIdbStorage(readFailed: () => boolean, report: (error: unknown) => void): StateStorage<Promise<void>> {
  return {
    getItem: (name) => idbStorage.getItem(name),
    setItem: async (name, value) => {
      if (readFailed()) return;
      try {
        await idbStorage.setItem(name, value);
      } catch (error) {
        report(error);
      }
    },
    removeItem: (name) => idbStorage.removeItem(name),
  };
}
