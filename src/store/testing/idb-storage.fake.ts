/**
 * A test double for `idb-storage`: IndexedDB as a Map. `failWrites` makes it refuse like a full
 * disk, `failReads` like storage that cannot be opened; `writes` lists each transaction's keys,
 * put and deleted, so a test can see what a change wrote.
 * Use with `vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'))`.
 */
export const db = {
  data: new Map<string, unknown>(),
  failWrites: false,
  failReads: false,
  writes: [] as Array<{ puts: string[]; deletes: string[] }>,
};

function refuse(): void {
  if (db.failWrites) throw new DOMException('quota', 'QuotaExceededError');
}

function unreadable(): void {
  if (db.failReads) throw new DOMException('blocked', 'SecurityError');
}

export const readRaw = async (key: string): Promise<unknown> => {
  unreadable();
  return db.data.get(key);
};

export const readMany = async (keys: readonly string[]): Promise<unknown[]> => {
  unreadable();
  return keys.map((k) => db.data.get(k));
};

export async function writeAtomically(puts: ReadonlyArray<readonly [string, unknown]>, deletes: readonly string[]): Promise<void> {
  refuse();
  db.writes.push({ puts: puts.map(([k]) => k), deletes: [...deletes] });
  for (const [key, value] of puts) db.data.set(key, value);
  for (const key of deletes) db.data.delete(key);
}

export async function keepAside(key: string, raw: unknown): Promise<void> {
  refuse();
  db.data.set(key, raw);
}
