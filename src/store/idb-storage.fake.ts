import type { StateStorage } from 'zustand/middleware';

/**
 * A test double for `idb-storage`: IndexedDB as a Map. `failWrites` makes it refuse like a full
 * disk; `writes` lists each transaction's keys, put and deleted, so a test can see what a change
 * wrote. Use with `vi.mock('./idb-storage', () => import('./idb-storage.fake'))`.
 */
export const db = {
  data: new Map<string, unknown>(),
  failWrites: false,
  writes: [] as Array<{ puts: string[]; deletes: string[] }>,
};

function refuse(): void {
  if (db.failWrites) throw new DOMException('quota', 'QuotaExceededError');
}

export const idbStorage: StateStorage<Promise<void>> = {
  getItem: async (name) => (db.data.get(name) as string | undefined) ?? null,
  setItem: async (name, value) => {
    refuse();
    db.data.set(name, value);
  },
  removeItem: async (name) => void db.data.delete(name),
};

export const readRaw = async (name: string): Promise<unknown> => db.data.get(name);

export const setAside = async (name: string, raw: unknown): Promise<void> => void db.data.set(`${name}:corrupt`, raw);

export const readMany = async (keys: readonly string[]): Promise<unknown[]> => keys.map((k) => db.data.get(k));

export async function writeAtomically(puts: ReadonlyArray<readonly [string, unknown]>, deletes: readonly string[]): Promise<void> {
  refuse();
  db.writes.push({ puts: puts.map(([k]) => k), deletes: [...deletes] });
  for (const [key, value] of puts) db.data.set(key, value);
  for (const key of deletes) db.data.delete(key);
}
