/** Pure helpers of the library feature: page ids, import preparation, search docs and terms. */
export { newPageId, PAGE_ID_PATTERN } from './page-id';
export { baseName, prepareBytes, prepareText, utf8Length, vetFileSize } from './prepare-import';
export type { DecodeReport, Prepared, PreparedPage } from './prepare-import';
export { searchDocs } from './search-docs';
export { stockSearchTerms, type MentionSource } from './stock-terms';
export { libraryQuery, libraryQuerySteps, queryMemo, type LibraryQueryResult, type QueryMemo, type QueryPage } from './library-query';
export { splitConverted } from './highlight';
export { pageScript } from './page-script';
export { cleanTitle, TITLE_LIMIT } from './title';
