import { describe, expect, it, vi } from 'vitest';
import release from './shapes/fixtures/release-0.1.0.json';

/**
 * What release 0.1.0 stored (written by its own stores: see the fixture), in place before this
 * version's stores start: they must read all of it, and their first write must lose none of it.
 */
const memory = await vi.hoisted(async () => (await import('./testing/memory-storage')).installMemoryStorage());
vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { db } = await import('./testing/idb-storage.fake');
for (const [k, v] of Object.entries(release.localStorage)) memory.set(k, v);
for (const [k, v] of Object.entries(release.indexedDB)) db.data.set(k, v);

const { useLibrary, whenHydrated } = await import('./library');
const { useChartChoices } = await import('./chart-choices');
const { useWatchlist } = await import('./watchlist');
const { usePrefs } = await import('./prefs');
const { useStorageStatus } = await import('./storage-status');

describe('a store written by release 0.1.0 is read by this version', () => {
  it('reads every store back as it was, and its first writes keep everything', async () => {
    await whenHydrated();
    await vi.waitFor(() => expect(useChartChoices.getState().hydrated).toBe(true));
    const pages = useLibrary.getState().pages;
    expect(Object.values(pages).map((p) => [p.title, p.source, p.encoding])).toEqual([
      ['港股收市評論', '港股收市評論\n\n恒指收市報20,000點，騰訊（00700）升2%。', undefined],
      ['南向資金', '南向資金\n\n北水淨流入50億元。', 'big5'],
    ]);
    const [a] = Object.keys(pages);
    expect(useLibrary.getState().corrections[a!]).toEqual([
      { kind: 'split', blockId: 'b3' },
      { kind: 'merge', articleId: 'a2' },
    ]);
    expect(useChartChoices.getState().choices[a!]).toEqual({ excluded: ['f12'], included: ['f3'] });
    expect(Object.keys(useWatchlist.getState().entries)).toEqual(['HK:00700', 'SH:600519', 'US:NVDA', 'HK:09988']);
    expect(useWatchlist.getState().entries['HK:00700']?.note).toBe('長線持有');
    expect(usePrefs.getState()).toMatchObject({ script: 'hans', fontSize: 20 });
    expect(useStorageStatus.getState().problem).toBeUndefined();

    // The texts are left as they were, byte for byte; the library and the chart choices, upgraded
    // (edit times added), are written back in this version's form and read back the same.
    await new Promise((r) => setTimeout(r, 0));
    for (const [k, v] of Object.entries(release.indexedDB)) if (k.includes(':page:')) expect(db.data.get(k)).toBe(v);
    expect(JSON.parse(String(db.data.get('broadsheet-library'))).version).toBe(2);
    expect(JSON.parse(String(db.data.get('broadsheet-chart-choices')))).toMatchObject({ version: 2, state: { choices: { [a!]: { excluded: ['f12'], included: ['f3'] } } } });
    useLibrary.getState().renamePage(a!, '改名');
    await vi.waitFor(() => expect(String(db.data.get('broadsheet-library'))).toContain('改名'));
    for (const [k, v] of Object.entries(release.indexedDB)) if (k.includes(':page:')) expect(db.data.get(k)).toBe(v);
    expect(db.writes.flatMap((w) => w.deletes)).toEqual([]);
  });
});
