import { describe, expect, it, vi } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { searchDocs } from '../library/search-docs';
import { applyCorrections, parsePage } from '../page';
import { buildSearchIndex, search } from '../search';
import { searchIndexOf } from '../search';
import { findStockMentions } from '../stocks';
import { indexMentions } from '../watchlist/mentions';
import { deriveLibrary, derivedKey, keyPageId, type DerivedPage, type DerivedStore } from './library-derive';
import { textHash } from './text-hash';

/** A store in memory, counting its reads and writes; `broken` makes every call fail. */
function memoryStore(broken = false) {
  const map = new Map<string, DerivedPage>();
  const fail = () => Promise.reject(new Error('store unavailable'));
  const store: DerivedStore = {
    getMany: (keys) => (broken ? fail() : Promise.resolve(keys.map((k) => structuredClone(map.get(k))))),
    setMany: (entries) => (broken ? fail() : Promise.resolve(void entries.forEach(([k, v]) => map.set(k, structuredClone(v))))),
    keys: () => (broken ? fail() : Promise.resolve([...map.keys()])),
    delMany: (keys) => (broken ? fail() : Promise.resolve(void keys.forEach((k) => map.delete(k)))),
  };
  return { map, store };
}

const upper = (text: string) => text.replace(/[a-z]/g, (c) => c.toUpperCase());
const pages = [
  { id: 'sample', source: sample },
  { id: 'p1', source: `第一頁\n\n${sample}` },
  { id: 'p2', source: '騰訊控股（00700）昨日升3%，收報400元。\n\n阿里巴巴（09988）跌1%。' },
];
const live = pages.map((p) => p.id);

describe('deriveLibrary', () => {
  it('derives what the mentions and the search would find from the pages themselves', async () => {
    const { store } = memoryStore();
    const { pages: derived, built } = await deriveLibrary({ pages, live }, { store, fold: () => upper, version: 'v1' });
    expect(built).toBe(3);
    expect(derived.map((d) => d.pageId)).toEqual(['sample', 'p1', 'p2']);
    for (const [i, page] of pages.entries()) {
      const parsed = parsePage(page.source);
      const stocks = findStockMentions(page.source);
      expect(derived[i]!.stocks).toEqual(stocks);
      expect(new Map(derived[i]!.mentions)).toEqual(indexMentions([{ pageId: page.id, page: parsed, script: derived[i]!.script, stocks }]));
      const direct = buildSearchIndex(searchDocs(page.id, parsed), upper);
      expect(search(searchIndexOf(derived[i]!.docs, upper), '騰訊')).toEqual(search(direct, '騰訊'));
    }
    expect(derived[2]!.mentions.map(([key]) => key)).toEqual(['HK:00700', 'HK:09988']);
  });

  it('a second run (a reload) reads every page back and derives none', async () => {
    const { store } = memoryStore();
    const fold = vi.fn(() => upper);
    const first = await deriveLibrary({ pages, live }, { store, fold, version: 'v1' });
    const again = await deriveLibrary({ pages, live }, { store, fold, version: 'v1' });
    expect(again.built).toBe(0);
    expect(again.pages).toEqual(first.pages);
    expect(fold).toHaveBeenCalledTimes(1); // the fold's tables are not even loaded the second time
  });

  it('derives again a page whose text or corrections changed, and drops what it replaced', async () => {
    const { store, map } = memoryStore();
    await deriveLibrary({ pages, live }, { store, fold: () => upper, version: 'v1' });
    const edited = { id: 'p2', source: `${pages[2]!.source}\n\n小米集團（01810）升2%。` };
    const after = await deriveLibrary({ pages: [edited], live }, { store, fold: () => upper, version: 'v1' });
    expect(after.built).toBe(1);
    expect(after.pages[0]!.mentions.map(([key]) => key)).toContain('HK:01810');
    expect([...map.keys()].filter((k) => keyPageId(k) === 'p2')).toEqual([derivedKey(edited, 'v1')]);

    // Corrections change the articles, so the key: a merged article is derived again, merged.
    const second = parsePage(sample).articles[1]!;
    const corrected = { id: 'sample', source: sample, corrections: [{ kind: 'merge' as const, articleId: second.id }] };
    expect(derivedKey(corrected, 'v1')).not.toBe(derivedKey(pages[0]!, 'v1'));
    const merged = await deriveLibrary({ pages: [corrected], live }, { store, fold: () => upper, version: 'v1' });
    expect(merged.built).toBe(1);
    const articles = new Set(merged.pages[0]!.docs.map((d) => d.doc.articleId));
    expect(articles).toEqual(new Set(applyCorrections(parsePage(sample), corrected.corrections).articles.map((a) => a.id)));
    expect(articles.has(second.id)).toBe(false);
  });

  it('a new analysis version derives every page again', async () => {
    const { store, map } = memoryStore();
    await deriveLibrary({ pages, live }, { store, fold: () => upper, version: 'v1' });
    const next = await deriveLibrary({ pages, live }, { store, fold: () => upper, version: 'v2' });
    expect(next.built).toBe(3);
    expect([...map.keys()].every((k) => k.endsWith('\u0000v2'))).toBe(true);
  });

  it('drops the stored pages of pages no longer in the library', async () => {
    const { store, map } = memoryStore();
    await deriveLibrary({ pages, live }, { store, fold: () => upper, version: 'v1' });
    await deriveLibrary({ pages: [], live: ['sample', 'p2'] }, { store, fold: () => upper, version: 'v1' });
    expect([...map.keys()].map(keyPageId).sort()).toEqual(['p2', 'sample']);
  });

  it('derives even when the store fails, and says so', async () => {
    const { store } = memoryStore(true);
    const onStoreError = vi.fn();
    const result = await deriveLibrary({ pages, live }, { store, fold: () => upper, version: 'v1', onStoreError });
    expect(result.built).toBe(3);
    expect(result.pages).toHaveLength(3);
    expect(onStoreError).toHaveBeenCalled();
  });
});

describe('textHash', () => {
  it('tells texts apart and names the same text alike', () => {
    expect(textHash(sample)).toBe(textHash(`${sample}`));
    expect(textHash(sample)).not.toBe(textHash(sample.replace('騰', '腾')));
    expect(textHash('ab')).not.toBe(textHash('ba'));
    expect(textHash('')).toMatch(/^0:[0-9a-f]{16}$/);
  });
});
