/**
 * An in-memory `localStorage` on `globalThis`, for tests of the stores in Node. Install it before
 * the stores are imported (`vi.hoisted`), as they read storage when they load; returns the map
 * that holds its entries, for the test to fill and read.
 */
export function installMemoryStorage(): Map<string, string> {
  const data = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
  };
  return data;
}
