/**
 * The page parser: raw page text in, articles and blocks out, every block pointing back at the
 * source by code-point offsets. The rest of the app imports from here only.
 */
export { parsePage } from './parse';
export { blockSegments, blockText, articleTitle, articleLead, articleName, articleByline, type BlockSegment } from './text';
export { applyCorrections, type Correction } from './corrections';
export { pageViolations } from './verify';
