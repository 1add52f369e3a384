/** Search across every page of the library, in either script. */
export { buildSearchIndex, prepareSearchDocs, searchIndexOf, type PreparedDoc } from './build-index';
export { DEFAULT_SEARCH_LIMIT, search } from './search';
export type { HighlightPart, ScriptFold, SearchDoc, SearchHit, SearchIndex, SearchOptions, Snippet } from './docs-and-hits';
