import { useEffect, useState } from 'react';

/**
 * Asks the browser to keep the site's storage (the library) rather than clear it under pressure:
 * once the reader has something of their own in it, i.e. after an import. Asked at most once a
 * page load, and not at all when it is already granted.
 */
let asked = false;
export async function askPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (asked || !storage?.persist) return false;
  asked = true;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

export interface StorageUse {
  readonly usage: number;
  readonly quota: number;
  readonly persisted: boolean;
}

/** The origin's storage use as the browser reports it (`navigator.storage.estimate()`), read on mount. */
export function useStorageUse(): StorageUse | undefined {
  const [use, setUse] = useState<StorageUse>();
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    let live = true;
    void Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)])
      .then(([{ usage = 0, quota = 0 }, persisted]) => live && setUse({ usage, quota, persisted }))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return use;
}

/** Bytes for a reader: 1.2 MB, 840 kB, 2.1 GB. */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} kB`;
}
