import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as shapesModule from '../shapes';
import { STORED_SHAPES, type StoredShape, type StoredShapeName } from '../shapes';
import { arbitraryFacts } from '../testing/arbitrary-facts';
import { SAMPLES } from '../testing/samples';
import { BACKUP_SCHEMA, buildBackup, readBackup, type AllFacts } from './document';
import { decodeBackup, encodeBackup, backupFileName } from './file';
import { planRestore, type Tally } from './merge';
import { BACKUP_MERGES } from './merges';

const NOW = 1_800_000_000_000;
const names = Object.keys(STORED_SHAPES) as StoredShapeName[];
const EMPTY = Object.fromEntries(names.map((n) => [n, STORED_SHAPES[n].defaults])) as AllFacts;
const FULL = SAMPLES as unknown as AllFacts;

/** New page ids, one after another, for plans that need them. */
const ids = () => {
  let n = 0;
  return () => `pnew${String(n++).padStart(3, '0')}`;
};
const restore = (current: AllFacts, backup: AllFacts) => planRestore(current, backup, BACKUP_MERGES, ids());
/** Through JSON, as a file carries it. */
const viaFile = (facts: AllFacts): AllFacts => {
  const read = readBackup(JSON.parse(JSON.stringify(buildBackup(facts, NOW))), NOW);
  if (!read.ok) throw new Error(JSON.stringify(read.reason));
  return read.data;
};

describe('backup: every stored shape is in it', () => {
  it('has a restore rule for every stored shape, and nothing else', () => {
    expect(Object.keys(BACKUP_MERGES).sort()).toEqual([...names].sort());
  });

  it('every store made by persisted() keeps a shape that STORED_SHAPES lists (so the backup has it)', () => {
    const dir = path.resolve(__dirname, '..');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.|testing\/|persisted\.ts$/.test(f));
    const used = files.flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/\bpersisted<[^(]*>\(\s*([A-Z_]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThanOrEqual(names.length);
    const listed = new Set<unknown>(Object.values(STORED_SHAPES));
    for (const name of used) expect(listed.has((shapesModule as Record<string, unknown>)[name]), `${name} is persisted but not in STORED_SHAPES`).toBe(true);
  });

  it.each(names)('%s: a full value goes into a backup and comes out the same', (name) => {
    expect(v.is(STORED_SHAPES[name].schema, FULL[name])).toBe(true);
    expect(viaFile(FULL)[name]).toEqual(FULL[name]);
  });

  it('survives gzip: the file is compressed, and reads back the same', async () => {
    const doc = buildBackup(FULL, NOW);
    const blob = await encodeBackup(doc);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(bytes.length).toBeLessThan(JSON.stringify(doc).length);
    expect(await decodeBackup(bytes, NOW)).toEqual({ ok: true, data: FULL });
  });

  it('names the file by the day', () => {
    expect(backupFileName(new Date(2026, 11, 3, 23, 59))).toBe('broadsheet-backup-2026-12-03.json.gz');
  });

  it('reads an older shape version in a backup through the same upgrades as storage', () => {
    const doc = JSON.parse(JSON.stringify(buildBackup(FULL, NOW)));
    doc.shapes.prefs = { version: 1, state: { script: 'hans', fontSize: 20 } };
    doc.shapes.library = { version: 1, state: { pages: { pa1: SAMPLES.library.pages.pa1 }, corrections: {} } };
    const read = readBackup(doc, NOW);
    expect(read.ok && read.data.prefs).toMatchObject({ script: 'hans', fontSize: 20, theme: 'system', updatedAt: 0 });
    expect(read.ok && read.data.library.edited).toEqual({ pa1: SAMPLES.library.pages.pa1.addedAt });
  });

  it('takes a shape missing from the backup as nothing to add', () => {
    const doc = JSON.parse(JSON.stringify(buildBackup(FULL, NOW)));
    delete doc.shapes.chartChoices;
    const read = readBackup(doc, NOW);
    expect(read.ok && read.data.chartChoices).toEqual(STORED_SHAPES.chartChoices.defaults);
  });
});

describe('backup: a file it cannot read is refused, with the reason', () => {
  const gzip = async (text: string) => new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  const good = async () => new Uint8Array(await (await encodeBackup(buildBackup(FULL, NOW))).arrayBuffer());
  const doc = () => JSON.parse(JSON.stringify(buildBackup(FULL, NOW)));

  it.each([
    ['plain JSON, not gzip', async () => new TextEncoder().encode(JSON.stringify(doc())), 'not-gzip'],
    ['empty', async () => new Uint8Array(), 'not-gzip'],
    ['cut short', async () => (await good()).slice(0, 200), 'damaged'],
    ['a byte changed (checksum)', async () => Object.assign(await good(), { [100]: 0 }), 'damaged'],
    ['gzip of text that is not JSON', () => gzip('{"format":"broadsheet-backup",'), 'not-json'],
    ['gzip of bytes that are not UTF-8', async () => new Uint8Array(await new Response(new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0x81])]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()), 'damaged'],
    ['JSON that is not a backup', () => gzip('{"state":{},"version":1}'), 'not-backup'],
    ['a newer backup schema', () => gzip(JSON.stringify({ ...doc(), schema: BACKUP_SCHEMA + 1 })), 'version'],
    ['a newer shape version', () => gzip(JSON.stringify({ ...doc(), shapes: { ...doc().shapes, watchlist: { version: 99, state: {} } } })), 'version'],
    ['a shape this app does not know', () => gzip(JSON.stringify({ ...doc(), shapes: { ...doc().shapes, tags: { version: 1, state: {} } } })), 'version'],
    ['a page that fails its schema', () => gzip(JSON.stringify(doc()).replace('"title":"南向資金"', '"title":7')), 'invalid'],
    ['a watch entry that fails its schema (no salvage on restore)', () => gzip(JSON.stringify(doc()).replace('"code":"NVDA"', '"code":"nvda"')), 'invalid'],
  ] as const)('%s', async (_what, bytes, code) => {
    const read = await decodeBackup(await bytes(), NOW);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason.code).toBe(code);
  });
});

const pa1 = SAMPLES.library.pages.pa1;
const lib = (pages: Array<typeof pa1>, rest: Partial<AllFacts['library']> = {}): AllFacts['library'] => ({
  pages: Object.fromEntries(pages.map((p) => [p.id, p])),
  corrections: {},
  edited: Object.fromEntries(pages.map((p) => [p.id, p.addedAt])),
  ...rest,
});
const with_ = (change: Partial<AllFacts>): AllFacts => ({ ...EMPTY, ...change });
const entry = SAMPLES.watchlist.entries['HK:00700'];
const hl = SAMPLES.highlights.highlights.h1;

describe('restore: the merge rules', () => {
  it.each<[string, AllFacts, AllFacts, (after: AllFacts) => void, Tally]>([
    [
      'a page here by content, under another id, is not added again',
      with_({ library: lib([{ ...pa1, id: 'phere01' }]) }),
      with_({ library: lib([pa1]) }),
      (after) => expect(Object.keys(after.library.pages)).toEqual(['phere01']),
      {},
    ],
    [
      'a page whose id is taken by another text comes in under a new id, with its corrections',
      with_({ library: lib([{ ...pa1, source: '另一頁' }]) }),
      with_({ library: lib([pa1], { corrections: { pa1: [{ kind: 'split', blockId: 'b3' }] } }) }),
      (after) => {
        expect(after.library.pages.pa1?.source).toBe('另一頁');
        expect(after.library.pages.pnew000).toMatchObject({ id: 'pnew000', source: pa1.source });
        expect(after.library.corrections.pnew000).toEqual([{ kind: 'split', blockId: 'b3' }]);
      },
      { pages: 1, corrections: 1 },
    ],
    [
      'the later edit of a page wins: its title and corrections',
      with_({ library: lib([{ ...pa1, title: '舊名' }], { edited: { pa1: 10 } }) }),
      with_({ library: lib([{ ...pa1, title: '新名' }], { corrections: { pa1: [{ kind: 'merge', articleId: 'a2' }] }, edited: { pa1: 20 } }) }),
      (after) => {
        expect(after.library.pages.pa1?.title).toBe('新名');
        expect(after.library.corrections.pa1).toEqual([{ kind: 'merge', articleId: 'a2' }]);
        expect(after.library.edited.pa1).toBe(20);
      },
      { corrections: 1, updated: 1 },
    ],
    [
      'an earlier edit in the backup loses: the page here is kept as it is',
      with_({ library: lib([{ ...pa1, title: '新名' }], { dates: { pa1: '2025-02-02' }, edited: { pa1: 20 } }) }),
      with_({ library: lib([{ ...pa1, title: '舊名' }], { dates: { pa1: '2025-01-01' }, edited: { pa1: 10 } }) }),
      (after) => expect(after.library).toEqual(lib([{ ...pa1, title: '新名' }], { dates: { pa1: '2025-02-02' }, edited: { pa1: 20 } })),
      {},
    ],
    [
      "the sample's corrections and date come back to a browser that has none",
      EMPTY,
      with_({ library: lib([], { corrections: { sample: [{ kind: 'split', blockId: 'b9' }] }, dates: { sample: '2025-03-04' }, edited: { sample: 5 } }) }),
      (after) => expect(after.library).toMatchObject({ corrections: { sample: [{ kind: 'split', blockId: 'b9' }] }, dates: { sample: '2025-03-04' } }),
      { corrections: 1, dates: 1 },
    ],
    [
      'nothing here is deleted: a later backup without a page, a stock or a date here leaves them',
      with_({ library: lib([pa1], { dates: { pa1: '2025-01-01' } }), watchlist: { entries: { 'HK:00700': entry } } }),
      with_({ library: lib([], { edited: { pa1: NOW } }), watchlist: { entries: { 'HK:00700': { ...entry, updatedAt: NOW, removedAt: NOW } } } }),
      (after) => {
        expect(after.library.pages.pa1).toEqual(pa1);
        expect(after.library.dates).toEqual({ pa1: '2025-01-01' });
        expect(after.watchlist.entries['HK:00700']).toEqual(entry);
      },
      {},
    ],
    [
      "a stock watched in the backup, removed here earlier, is watched again with the backup's note",
      with_({ watchlist: { entries: { 'HK:00700': { ...entry, updatedAt: 5, removedAt: 5 } } } }),
      with_({ watchlist: { entries: { 'HK:00700': { ...entry, updatedAt: 9 } } } }),
      (after) => expect(after.watchlist.entries['HK:00700']).toEqual({ ...entry, updatedAt: 9 }),
      { stocks: 1, notes: 1 },
    ],
    [
      'the later note wins; an earlier one is ignored',
      with_({ watchlist: { entries: { 'HK:00700': { ...entry, note: '舊', updatedAt: 5 }, 'US:NVDA': { ...SAMPLES.watchlist.entries['US:NVDA'], note: '新', updatedAt: 50 } } } }),
      with_({ watchlist: { entries: { 'HK:00700': { ...entry, note: '新', updatedAt: 9 }, 'US:NVDA': { ...SAMPLES.watchlist.entries['US:NVDA'], note: '舊', updatedAt: 10 } } } }),
      (after) => expect([after.watchlist.entries['HK:00700']?.note, after.watchlist.entries['US:NVDA']?.note]).toEqual(['新', '新']),
      { notes: 1 },
    ],
    [
      "a stock's source page follows the page to its id here",
      with_({ library: lib([{ ...pa1, id: 'phere01' }]) }),
      with_({ library: lib([pa1]), watchlist: { entries: { 'HK:00700': entry } } }),
      (after) => expect(after.watchlist.entries['HK:00700']?.from?.pageId).toBe('phere01'),
      { stocks: 1, notes: 1 },
    ],
    [
      "chart choices: a page's are added where it has none, the later ones win, and they follow the page's id",
      with_({ library: lib([{ ...pa1, id: 'phere01' }]), chartChoices: { choices: { sample: { excluded: ['f1'], included: [] } }, edited: { sample: 30 } } }),
      with_({
        library: lib([pa1]),
        chartChoices: { choices: { pa1: { excluded: ['f2'], included: [] }, sample: { excluded: [], included: ['f9'] } }, edited: { pa1: 1, sample: 20 } },
      }),
      (after) => expect(after.chartChoices.choices).toEqual({ phere01: { excluded: ['f2'], included: [] }, sample: { excluded: ['f1'], included: [] } }),
      { chartChoices: 1 },
    ],
    [
      'settings: the later ones win; settings never changed here take the backup’s',
      EMPTY,
      with_({ prefs: SAMPLES.prefs }),
      (after) => expect(after.prefs).toEqual(SAMPLES.prefs),
      { settings: 1 },
    ],
    [
      "highlights: one not here is added, with its note, on its page's id here",
      with_({ library: lib([{ ...pa1, id: 'phere01' }]) }),
      with_({ library: lib([pa1]), highlights: { highlights: { h1: hl } } }),
      (after) => expect(after.highlights.highlights).toEqual({ h1: { ...hl, pageId: 'phere01' } }),
      { highlights: 1, notes: 1 },
    ],
    [
      "highlights: the later edit's note and colour win; an earlier one's are ignored",
      with_({ highlights: { highlights: { h1: { ...hl, note: '舊', editedAt: 5 }, h2: { ...hl, id: 'h2', colour: 'green', editedAt: 50 } } } }),
      with_({ highlights: { highlights: { h1: { ...hl, note: '新', editedAt: 9 }, h2: { ...hl, id: 'h2', colour: 'blue', editedAt: 10 } } } }),
      (after) => expect([after.highlights.highlights.h1?.note, after.highlights.highlights.h2?.colour]).toEqual(['新', 'green']),
      { notes: 1 },
    ],
    [
      'highlights: another highlight under an id taken here comes in beside it, not over it',
      with_({ highlights: { highlights: { h1: { ...hl, selector: { ...hl.selector, start: 0, end: 2 } } } } }),
      with_({ highlights: { highlights: { h1: hl } } }),
      (after) => {
        expect(after.highlights.highlights.h1?.selector.start).toBe(0);
        expect(after.highlights.highlights['h1-2']).toEqual({ ...hl, id: 'h1-2' });
      },
      { highlights: 1, notes: 1 },
    ],
    [
      'settings changed here later than the backup’s are kept',
      with_({ prefs: { ...SAMPLES.prefs, fontSize: 16, updatedAt: SAMPLES.prefs.updatedAt + 1 } }),
      with_({ prefs: SAMPLES.prefs }),
      (after) => expect(after.prefs.fontSize).toBe(16),
      {},
    ],
  ])('%s', (_what, current, backup, check, tally) => {
    const plan = restore(current, viaFile(backup));
    check(plan.facts);
    expect(plan.tally).toEqual(tally);
  });

  it('leaves a shape with nothing new exactly as it is (not even rewritten)', () => {
    const plan = restore(FULL, viaFile(FULL));
    expect(plan.changed).toEqual([]);
    expect(plan.tally).toEqual({});
    for (const name of names) expect(plan.facts[name]).toBe(FULL[name]);
  });
});

describe('restore: properties', () => {
  const options = { numRuns: 150 };

  it('every generated value is a valid stored value', () => {
    fc.assert(fc.property(arbitraryFacts, (x) => names.every((n) => v.is((STORED_SHAPES[n] as StoredShape<unknown>).schema, x[n]))), options);
  });

  it('restore(export(x)) into empty storage is x', () => {
    fc.assert(fc.property(arbitraryFacts, (x) => void expect(restore(EMPTY, viaFile(x)).facts).toEqual(x)), options);
  });

  it('restoring the same backup twice adds nothing the second time', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFacts, (here, backup) => {
        const once = restore(here, viaFile(backup));
        const twice = restore(once.facts, viaFile(backup));
        expect(twice.tally).toEqual({});
        expect(twice.changed).toEqual([]);
      }),
      options,
    );
  });

  it('pairs a text held twice the same way each time (found by the property above)', () => {
    const facts = (pages: Record<string, string>): AllFacts => ({
      ...EMPTY,
      library: {
        pages: Object.fromEntries(Object.entries(pages).map(([id, source], i) => [id, { id, title: '', source, addedAt: i + 1 }])),
        corrections: {},
        edited: Object.fromEntries(Object.keys(pages).map((id, i) => [id, i + 1])),
      },
    });
    // Two pages of the backup with one text, and one id of it here with another text.
    const once = restore(facts({ plength: '騰' }), viaFile(facts({ p00000a: '', plength: '' })));
    expect(Object.values(once.facts.library.pages).map((p) => p.source).sort()).toEqual(['', '', '騰']);
    const twice = restore(once.facts, viaFile(facts({ p00000a: '', plength: '' })));
    expect(twice.changed).toEqual([]);
  });

  it('deletes nothing: every page, stock watched, chart choice and date here is still there, and every text of the backup is in the library', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFacts, (here, backup) => {
        const after = restore(here, viaFile(backup)).facts;
        for (const [id, page] of Object.entries(here.library.pages)) expect(after.library.pages[id]?.source).toBe(page.source);
        for (const id of Object.keys(here.library.dates ?? {})) expect(after.library.dates?.[id]).toBeDefined();
        for (const id of Object.keys(here.chartChoices.choices)) expect(after.chartChoices.choices[id]).toBeDefined();
        for (const [key, e] of Object.entries(here.watchlist.entries)) if (e.removedAt === undefined) expect(after.watchlist.entries[key]?.removedAt).toBeUndefined();
        const texts = new Set(Object.values(after.library.pages).map((p) => p.source));
        for (const page of Object.values(backup.library.pages)) expect(texts.has(page.source)).toBe(true);
      }),
      options,
    );
  });
});
