import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import release from './fixtures/release-0.1.0.json';
import earlier from './fixtures/earlier-layouts.json';
import { asideKey, encodeWhole, pageKey, readStored, STORED_SHAPES, storedEntries, type StoredShape } from '.';
import { SAMPLES } from '../testing/samples';

const shapes = Object.entries(STORED_SHAPES) as Array<[keyof typeof STORED_SHAPES, StoredShape<unknown>]>;
const NOW = 1_800_000_000_000;

/** What a stored layout holds, read back as `readStored` takes it (a paged index with its texts put back). */
function joined(shape: StoredShape<unknown>, values: Record<string, string>): unknown {
  const raw = values[shape.key];
  if (shape.layout === 'whole' || raw === undefined) return raw;
  const { layout: _layout, ...index } = JSON.parse(raw) as { state: { pages: Record<string, object> }; layout?: string };
  const pages = Object.fromEntries(Object.entries(index.state.pages).map(([id, meta]) => [id, { source: values[pageKey(shape.key, id)], ...meta }]));
  return { ...index, state: { ...index.state, pages } };
}

describe('stored shapes', () => {
  it.each(shapes)('%s: its defaults pass its schema', (_name, shape) => {
    expect(v.is(shape.schema, shape.defaults)).toBe(true);
  });

  it.each(shapes)('%s: a full value and the defaults go to storage and come back the same', (name, shape) => {
    for (const value of [SAMPLES[name], shape.defaults]) {
      expect(v.is(shape.schema, value)).toBe(true);
      const stored = Object.fromEntries(storedEntries(shape, value));
      expect(readStored(shape, joined(shape, stored), NOW)).toEqual({ kind: 'ok', state: value, from: shape.version, dropped: 0 });
    }
  });

  it('names every stored key once, each under its own prefix', () => {
    const keys = shapes.map(([, s]) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => /^broadsheet-[a-z-]+$/.test(k))).toBe(true);
    expect(shapes.map(([, s]) => [s.key, s.area, s.version])).toEqual([
      ['broadsheet-library', 'indexedDB', 2],
      ['broadsheet-chart-choices', 'indexedDB', 2],
      ['broadsheet-watchlist', 'localStorage', 2],
      ['broadsheet-prefs', 'localStorage', 3],
      ['broadsheet-highlights', 'indexedDB', 1],
    ]);
  });

  const released = shapes.filter(([, shape]) => shape.key in release.localStorage || shape.key in release.indexedDB);
  it('release 0.1.0 stored every shape but the highlights (which came later: read as empty)', () => {
    expect(shapes.filter((s) => !released.includes(s)).map(([name]) => name)).toEqual(['highlights']);
    expect(readStored(STORED_SHAPES.highlights, undefined, NOW)).toEqual({ kind: 'empty' });
  });

  it.each(released)('%s: reads what release 0.1.0 stored (written by its own stores)', (name, shape) => {
    const values = { ...release.localStorage, ...release.indexedDB } as Record<string, string>;
    const read = readStored(shape, joined(shape, values), NOW);
    const releaseVersion = (JSON.parse(values[shape.key]!) as { version: number }).version;
    expect(read).toMatchObject({ kind: 'ok', from: releaseVersion, dropped: 0 });
    // Written back by this version, it is byte for byte what that release wrote (unless it was upgraded: see below).
    if (read.kind === 'ok' && name !== 'library' && releaseVersion === shape.version) expect(encodeWhole(shape, read.state)).toBe(values[shape.key]);
    if (read.kind === 'ok' && name === 'library' && releaseVersion === shape.version) expect(Object.fromEntries(storedEntries(shape, read.state))).toEqual(
      Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith('broadsheet-library'))),
    );
  });

  it('reads the earlier layouts: a library stored whole, a version-1 watchlist (upgraded, an unreadable code counted)', () => {
    const library = readStored(STORED_SHAPES.library, earlier.indexedDB['broadsheet-library'], NOW);
    expect(library).toMatchObject({ kind: 'ok', from: 1, state: { pages: { pold: { title: '舊頁', source: '舊頁標題\n\n騰訊（00700）業績勝預期。' } } } });
    const watchlist = readStored(STORED_SHAPES.watchlist, earlier.localStorage['broadsheet-watchlist'], NOW);
    expect(watchlist).toMatchObject({ kind: 'ok', from: 1, dropped: 1 });
    expect(watchlist.kind === 'ok' && Object.keys(watchlist.state.entries)).toEqual(['HK:00700', 'SH:600519', 'SZ:000001']);
  });

  it.each(shapes)('%s: refuses a version newer than its own, or an older one it has no way up from', (_name, shape) => {
    const newer = JSON.stringify({ state: shape.defaults, version: shape.version + 1 });
    expect(readStored(shape, newer, NOW)).toEqual({ kind: 'unknown-version', version: shape.version + 1 });
    if (!shape.upgrades[0]) expect(readStored(shape, JSON.stringify({ state: shape.defaults, version: 0 }), NOW)).toEqual({ kind: 'unknown-version', version: 0 });
  });

  it.each(shapes)('%s: says what is corrupt: not JSON, no envelope, not its schema', (_name, shape) => {
    for (const raw of ['{"state": {"pages": not json', '[1,2]', JSON.stringify({ state: { pages: 'x', choices: 1, entries: [], fontSize: 'big' }, version: shape.version })]) {
      expect(readStored(shape, raw, NOW)).toMatchObject({ kind: 'corrupt' });
    }
    expect(readStored(shape, null, NOW)).toEqual({ kind: 'empty' });
  });

  it('salvages the good entries of a partly damaged watchlist', () => {
    const good = SAMPLES.watchlist.entries['HK:00700'];
    const raw = JSON.stringify({ version: 2, state: { entries: { 'HK:00700': good, 'HK:1': { code: 1 } } } });
    const read = readStored(STORED_SHAPES.watchlist, raw, NOW);
    expect(read).toMatchObject({ kind: 'corrupt', salvaged: { entries: { 'HK:00700': good } } });
  });

  it('highlights: refuses an unknown colour, an empty quote, a span ending before it starts, or one under another id; salvages the good ones', () => {
    const shape = STORED_SHAPES.highlights;
    const good = SAMPLES.highlights.highlights.h1;
    const at = (h: object, id = 'h1') => readStored(shape, encodeWhole(shape, { highlights: { [id]: h } }), NOW).kind;
    expect(at(good)).toBe('ok');
    expect(at({ ...good, colour: 'red' })).toBe('corrupt');
    expect(at({ ...good, selector: { ...good.selector, exact: '' } })).toBe('corrupt');
    expect(at({ ...good, selector: { ...good.selector, start: 18, end: 8 } })).toBe('corrupt');
    expect(at(good, 'h9')).toBe('corrupt');
    const raw = encodeWhole(shape, { highlights: { h1: good, h2: { id: 'h2', colour: 'red' } } });
    expect(readStored(shape, raw, NOW)).toMatchObject({ kind: 'corrupt', salvaged: { highlights: { h1: good } } });
  });

  it('rejects a library page stored under another id, and a fontSize out of range', () => {
    const page = SAMPLES.library.pages.pa1;
    expect(readStored(STORED_SHAPES.library, JSON.stringify({ state: { pages: { other: page }, corrections: {} }, version: 1 }), NOW).kind).toBe('corrupt');
    expect(readStored(STORED_SHAPES.prefs, JSON.stringify({ state: { fontSize: 400 }, version: 1 }), NOW).kind).toBe('corrupt');
  });

  it('upgrades version-1 prefs (release 0.1.0): the script and font size kept, the reading settings at their defaults', () => {
    const read = readStored(STORED_SHAPES.prefs, release.localStorage['broadsheet-prefs'], NOW);
    expect(read).toEqual({
      kind: 'ok',
      from: 1,
      dropped: 0,
      state: { script: 'hans', fontSize: 20, theme: 'system', lineHeight: 1.85, measure: 36, typeface: 'serif', focus: false, updatedAt: 0 },
    });
    // A version-1 reader who never chose a script still has none chosen; 15 px (version 1's smallest) is kept.
    const unchosen = readStored(STORED_SHAPES.prefs, JSON.stringify({ state: { fontSize: 15 }, version: 1 }), NOW);
    expect(unchosen).toMatchObject({ kind: 'ok', state: { fontSize: 15 } });
    expect(unchosen.kind === 'ok' && unchosen.state.script).toBeUndefined();
    // Once upgraded it is written as this version and read back the same.
    if (read.kind === 'ok') expect(readStored(STORED_SHAPES.prefs, encodeWhole(STORED_SHAPES.prefs, read.state), NOW)).toEqual({ ...read, from: 3 });
    expect(readStored(STORED_SHAPES.prefs, JSON.stringify({ state: 'big', version: 1 }), NOW)).toMatchObject({ kind: 'corrupt' });
  });

  it('prefs: the font size is 14–32 px, the theme one of four, the measure whole characters', () => {
    const prefs = STORED_SHAPES.prefs;
    const at = (change: object) => readStored(prefs, encodeWhole(prefs, { ...prefs.defaults, ...change }), NOW).kind;
    expect([14, 32, 23].map((fontSize) => at({ fontSize }))).toEqual(['ok', 'ok', 'ok']);
    expect([13, 33, Number.NaN].map((fontSize) => at({ fontSize }))).toEqual(['corrupt', 'corrupt', 'corrupt']);
    expect(['light', 'sepia', 'dark', 'system'].map((theme) => at({ theme }))).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(at({ theme: 'blue' })).toBe('corrupt');
    expect(at({ measure: 30.5 })).toBe('corrupt');
    expect(at({ speechLang: 'en-US' })).toBe('corrupt');
  });

  it('names a value kept aside by key, why and when', () => {
    expect(asideKey('broadsheet-library', { kind: 'unknown-version', version: 3 }, NOW)).toBe('broadsheet-library:version-3:2027-01-15T08:00:00.000Z');
    expect(asideKey('broadsheet-prefs', { kind: 'corrupt' }, NOW)).toBe('broadsheet-prefs:corrupt:2027-01-15T08:00:00.000Z');
  });
});
