import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory localStorage, in place before the stores read it. */
const memory = await vi.hoisted(async () => (await import('../testing/memory-storage')).installMemoryStorage());
vi.mock('../idb-storage', () => import('../testing/idb-storage.fake'));
const { db } = await import('../testing/idb-storage.fake');
const { STORED_SHAPES } = await import('../shapes');
const { SAMPLES } = await import('../testing/samples');
const { currentFacts, exportLibrary, PERSISTED_STORES, restoreLibrary } = await import('./restore');

const settle = () => new Promise((r) => setTimeout(r, 0));
const names = Object.keys(STORED_SHAPES) as Array<keyof typeof STORED_SHAPES>;

/** Every store set to `facts` (each writes its storage). */
async function setAll(facts: Record<string, unknown>) {
  await currentFacts(); // each store read back first
  for (const name of names) (PERSISTED_STORES[name].setState as (facts: unknown) => void)(facts[name]);
  await settle();
}
const empty = Object.fromEntries(names.map((n) => [n, STORED_SHAPES[n].defaults]));
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('backup and restore through the stores', () => {
  beforeEach(async () => {
    await setAll({ ...empty, library: { ...empty.library, dates: {} } });
    db.writes.length = 0;
  });

  it('has a store for every stored shape, persisted under its key', () => {
    expect(Object.keys(PERSISTED_STORES).sort()).toEqual([...names].sort());
    for (const name of names) expect(PERSISTED_STORES[name].persist.getOptions().name).toBe(STORED_SHAPES[name].key);
  });

  it('backs up every store, and a restore into emptied stores brings all of it back, and writes it', async () => {
    await setAll(SAMPLES);
    const { blob, fileName } = await exportLibrary(new Date(2026, 11, 3));
    expect(fileName).toBe('broadsheet-backup-2026-12-03.json.gz');
    await setAll({ ...empty, library: { ...empty.library, dates: {} } });
    expect(Object.keys((await currentFacts()).library.pages)).toEqual([]);

    const restored = await restoreLibrary(await bytesOf(blob));
    expect(restored).toEqual({ ok: true, data: { pages: 2, stocks: 2, notes: 2, highlights: 2, corrections: 2, dates: 2, chartChoices: 2, settings: 1 } });
    const after = await currentFacts();
    for (const name of names) expect(after[name]).toEqual(SAMPLES[name]);
    await settle();
    expect(db.data.get('broadsheet-library:page:pa1')).toBe(SAMPLES.library.pages.pa1.source);
    expect(memory.get('broadsheet-prefs')).toContain('"fontSize":28');

    db.writes.length = 0;
    expect(await restoreLibrary(await bytesOf(blob))).toEqual({ ok: true, data: {} });
    await settle();
    expect(db.writes).toEqual([]);
  });

  it('a file it cannot read changes nothing, in the stores or in storage', async () => {
    await setAll(SAMPLES);
    const good = await bytesOf((await exportLibrary()).blob);
    const before = { stores: await currentFacts(), idb: new Map(db.data), local: new Map(memory) };
    db.writes.length = 0;
    for (const bytes of [good.slice(0, good.length - 9), new TextEncoder().encode('{"format":"broadsheet-backup"}'), new Uint8Array([0x1f, 0x8b, ...good.slice(2, 40)])]) {
      const read = await restoreLibrary(bytes);
      expect(read.ok).toBe(false);
    }
    await settle();
    expect(await currentFacts()).toEqual(before.stores);
    expect(db.writes).toEqual([]);
    expect(new Map(db.data)).toEqual(before.idb);
    expect(new Map(memory)).toEqual(before.local);
  });
});
