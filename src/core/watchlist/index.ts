/**
 * The watchlist's pure core: entries and their edits, the tab merge, the stored shape and its
 * migration, CSV and JSON export and import, and the library's mentions of a stock with their
 * sentences. No React, no storage: the store and the UI call these.
 */
export * from './watch-entry';
export { addEntry, isWatched, liveEntries, nextTime, placeAt, removeEntry, setNote } from './entries';
export { mergeEntries } from './merge';
export { readEntries, isMarket, MARKETS, type ReadEntries } from './stored';
export { migrateWatchlist, WATCHLIST_VERSION, type Migrated, type WatchlistV1 } from './migrate';
export { readRow, type ImportedStock, type ImportProblem, type ImportProblemKind, type ImportResult } from './rows';
export { watchlistCsv, parseWatchlistCsv, CSV_COLUMNS } from './watchlist-csv';
export { toJson, parseJson, JSON_FORMAT } from './json';
export { importStocks, type ImportSummary } from './import';
export { sentenceAround, type Sentence } from './sentence';
export { indexMentions, articleAt, type LibraryMention, type MentionSource } from './mentions';
export { parseWatchlistFile } from './file';
