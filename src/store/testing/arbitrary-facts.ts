import fc from 'fast-check';
import type { AllFacts } from '../backup/document';
import { HIGHLIGHT_COLOURS } from '../../core/highlights/highlight';
import type { ChartChoicesFacts, HighlightsFacts, LibraryFacts, PrefsFacts, WatchlistFacts } from '../shapes';
import { FONT_SIZE_RANGE, LINE_HEIGHT_RANGE, MEASURE_RANGE, SPEECH_LANGS, THEMES, TYPEFACES } from '../shapes';

/**
 * fast-check arbitraries of every stored shape's facts, as the stores keep them: edit times for
 * what exists, corrections, dates and chart choices only for the stored pages and the sample.
 * For tests only.
 */
const time = fc.integer({ min: 1, max: 2_000_000_000_000 });
const text = fc.string({ unit: fc.constantFrom('騰', '訊', '升', '2', '%', '\n', '"', '𠀋', 'a', ' '), maxLength: 30 });
// Built once: `fc.stringMatching` parses its pattern on construction, and the arbitraries below
// are built afresh for every generated library (`chain`), which cost 25 ms a value.
const pageId = fc.stringMatching(/^p[0-9a-z]{6}$/);
const figureId = fc.stringMatching(/^f\d{1,3}$/);
const highlightId = fc.stringMatching(/^h[0-9a-z]{3}$/);
const correction = fc.oneof(
  fc.record({ kind: fc.constant('split' as const), blockId: fc.stringMatching(/^b\d{1,3}$/) }),
  fc.record({ kind: fc.constant('merge' as const), articleId: fc.stringMatching(/^a\d{1,3}$/) }),
);
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Some of `ids`, each with a value. */
const someOf = <T>(ids: readonly string[], value: fc.Arbitrary<T>) =>
  fc.subarray([...ids]).chain((keys) => fc.tuple(...keys.map(() => value)).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]!]))));

export const arbitraryLibrary: fc.Arbitrary<LibraryFacts> = fc
  .uniqueArray(fc.record({ id: pageId, title: text, source: text, addedAt: time, encoding: fc.option(fc.constantFrom('big5', 'gb18030'), { nil: undefined }) }), {
    selector: (p) => p.id,
    maxLength: 5,
  })
  .chain((list) => {
    const pages = Object.fromEntries(list.map(({ encoding, ...p }) => [p.id, encoding ? { ...p, encoding } : p]));
    const ids = [...Object.keys(pages), 'sample'];
    return fc
      .record({ corrections: someOf(ids, fc.array(correction, { maxLength: 3 })), dates: fc.option(someOf(ids, day), { nil: undefined }), stamps: someOf(ids, time) })
      .map(({ corrections, dates, stamps }) => {
        const edited: Record<string, number> = {};
        for (const id of [...Object.keys(pages), ...Object.keys(corrections), ...Object.keys(dates ?? {})]) edited[id] = stamps[id] ?? pages[id]?.addedAt ?? 0;
        return { pages, corrections, ...(dates ? { dates } : {}), edited };
      });
  });

export const arbitraryChartChoices = (pageIds: readonly string[]): fc.Arbitrary<ChartChoicesFacts> =>
  someOf(
    [...pageIds, 'sample'],
    fc.record({ excluded: fc.uniqueArray(figureId, { maxLength: 3 }), included: fc.uniqueArray(figureId, { maxLength: 3 }), at: time }),
  ).map((byPage) => ({
    choices: Object.fromEntries(Object.entries(byPage).map(([id, { excluded, included }]) => [id, { excluded, included }])),
    edited: Object.fromEntries(Object.entries(byPage).map(([id, { at }]) => [id, at])),
  }));

const STOCKS = [
  ['HK', '00700'],
  ['HK', '09988'],
  ['SH', '600519'],
  ['SZ', '000001'],
  ['US', 'NVDA'],
] as const;

export const arbitraryWatchlist = (pageIds: readonly string[]): fc.Arbitrary<WatchlistFacts> =>
  fc.subarray([...STOCKS]).chain((stocks) =>
    fc
      .tuple(
        ...stocks.map(([market, code]) =>
          fc.record(
            {
              code: fc.constant(code),
              market: fc.constant(market),
              name: text,
              script: fc.constantFrom('hant' as const, 'hans' as const),
              note: text,
              rank: fc.integer({ min: -100, max: 100 }),
              addedAt: time,
              updatedAt: time,
              removedAt: time,
              from: fc.record({ pageId: pageIds.length > 0 ? fc.constantFrom(...pageIds) : pageId, articleId: fc.constant('a1'), title: text, at: fc.nat(1000) }),
            },
            { requiredKeys: ['code', 'market', 'script', 'note', 'rank', 'addedAt', 'updatedAt'] },
          ),
        ),
      )
      .map((entries) => ({ entries: Object.fromEntries(entries.map((e) => [`${e.market}:${e.code}`, e])) })),
  );

export const arbitraryPrefs: fc.Arbitrary<PrefsFacts> = fc.record(
  {
    script: fc.constantFrom('hant' as const, 'hans' as const),
    fontSize: fc.integer(FONT_SIZE_RANGE),
    theme: fc.constantFrom(...THEMES),
    lineHeight: fc.constantFrom(LINE_HEIGHT_RANGE.min, 1.85, LINE_HEIGHT_RANGE.max),
    measure: fc.integer(MEASURE_RANGE),
    typeface: fc.constantFrom(...TYPEFACES),
    focus: fc.boolean(),
    speechLang: fc.constantFrom(...SPEECH_LANGS),
    updatedAt: fc.nat(),
  },
  { requiredKeys: ['fontSize', 'theme', 'lineHeight', 'measure', 'typeface', 'focus', 'updatedAt'] },
);

export const arbitraryHighlights = (pageIds: readonly string[]): fc.Arbitrary<HighlightsFacts> =>
  fc
    .uniqueArray(
      fc.record({
        id: highlightId,
        pageId: fc.constantFrom(...pageIds, 'sample'),
        colour: fc.constantFrom(...HIGHLIGHT_COLOURS),
        note: text,
        selector: fc
          .record({ start: fc.nat(500), length: fc.integer({ min: 1, max: 20 }), exact: text.filter((s) => s.length > 0), prefix: text, suffix: text })
          .map(({ start, length, ...quote }) => ({ start, end: start + length, ...quote })),
        createdAt: time,
        editedAt: time,
      }),
      { selector: (h) => h.id, maxLength: 4 },
    )
    .map((list) => ({ highlights: Object.fromEntries(list.map((h) => [h.id, h])) }));

/** Every stored shape's facts, consistent with one another (chart choices, stocks and highlights name the library's pages). */
export const arbitraryFacts: fc.Arbitrary<AllFacts> = arbitraryLibrary.chain((library) => {
  const ids = Object.keys(library.pages);
  return fc.record({
    library: fc.constant(library),
    chartChoices: arbitraryChartChoices(ids),
    watchlist: arbitraryWatchlist(ids),
    prefs: arbitraryPrefs,
    highlights: arbitraryHighlights(ids),
  });
});
