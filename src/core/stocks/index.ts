/**
 * Stock codes and the names beside them: recognition in page text, search queries, quote links.
 */
export type { Market, StockMention, StockRef } from './stock-mention';
export { findStockMentions } from './find-mentions';
export { normaliseCode, stockKey } from './normalise';
export { parseStockQuery } from './query';
export { quoteUrl } from './quote-url';
