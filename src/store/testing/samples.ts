import type { ChartChoicesFacts, HighlightsFacts, LibraryFacts, PrefsFacts, StoredShapeName, WatchlistFacts } from '../shapes';

/**
 * A full value of each stored shape, with what is easy to get wrong on the way to storage and
 * back (quotes, line breaks, characters beyond the BMP, an optional field present and absent).
 * For tests and the e2e seed; not imported by the app.
 */
export const SAMPLES = {
  library: {
    pages: {
      pa1: { id: 'pa1', title: '港股「收市」評論', source: '港股收市評論\n\n恒指收市報20,000點，騰訊（00700）升2%。"\\"𠀋', addedAt: 1735689600000 },
      pb2: { id: 'pb2', title: '南向資金', source: '南向資金\r\n\r\n北水淨流入50億元。', addedAt: 1735689600001, encoding: 'big5' },
    },
    corrections: { pa1: [{ kind: 'split', blockId: 'b3' }, { kind: 'merge', articleId: 'a2' }], pb2: [] },
    edited: { pa1: 1735689600500, pb2: 1735689600001, sample: 1735689600700 },
    dates: { sample: '2025-01-02', pa1: '2025-01-01' },
  } satisfies LibraryFacts,
  chartChoices: {
    choices: { pa1: { excluded: ['f12'], included: ['f3', 'f4'] }, sample: { excluded: [], included: [] } },
    edited: { pa1: 1735689600900, sample: 0 },
  } satisfies ChartChoicesFacts,
  watchlist: {
    entries: {
      'HK:00700': {
        code: '00700',
        market: 'HK',
        name: '騰訊',
        script: 'hant',
        note: '長線 "核心"\n持倉',
        rank: 0,
        addedAt: 1,
        updatedAt: 2,
        from: { pageId: 'pa1', articleId: 'a1', title: '港股收市評論', at: 20 },
      },
      'US:NVDA': { code: 'NVDA', market: 'US', script: 'hans', note: '', rank: 0.5, addedAt: 0, updatedAt: 3 },
      'SH:600519': { code: '600519', market: 'SH', script: 'hans', note: '', rank: 1, addedAt: 1, updatedAt: 4, removedAt: 4 },
    },
  } satisfies WatchlistFacts,
  prefs: { script: 'hans', fontSize: 28, theme: 'sepia', lineHeight: 2.1, measure: 32, typeface: 'sans', focus: true, speechLang: 'zh-HK', updatedAt: 1735689601000 } satisfies PrefsFacts,
  highlights: {
    highlights: {
      h1: {
        id: 'h1',
        pageId: 'pa1',
        colour: 'yellow',
        note: '看好 "核心"\n長線',
        selector: { start: 8, end: 18, exact: '恒指收市報20,000', prefix: '港股收市評論\n\n', suffix: '點，騰訊（00700）升2%。"\\"𠀋' },
        createdAt: 1735689600000,
        editedAt: 1735689600500,
      },
      'h-2': { id: 'h-2', pageId: 'sample', colour: 'pink', note: '', selector: { start: 0, end: 1, exact: '𠀋', prefix: '', suffix: '' }, createdAt: 1, editedAt: 1 },
    },
  } satisfies HighlightsFacts,
} as const satisfies Record<StoredShapeName, unknown>;
