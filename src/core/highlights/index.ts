/**
 * Highlights and notes: anchored to the page's original text (offsets plus quote and context,
 * the W3C Web Annotation selectors), so the same characters stay marked in either script and
 * across split and merge corrections; placed, cut into pieces for rendering, and exported.
 */
export { anchor, type Anchored, type Orphaned } from './anchor';
export { CONTEXT, describeSpan, HIGHLIGHT_COLOURS, newHighlightId, trimSpan, type Highlight, type HighlightColour, type HighlightSelector } from './highlight';
export { copiedHighlight, escapeMarkdown, highlightLink, highlightsMarkdown, type Display, type ExportedPage, type ExportWords } from './markdown';
export { drawnMarks, highlightPieces, tabStopOf, type Drawn, type Piece, type Placed } from './pieces';
export { articleAt, placeHighlights, sentenceOf, type PlacedHighlight } from './place';
export { articleOfOffset, highlightSearchDocs, type DocStart } from './search-docs';
export { highlightsByStock, type StockedPage } from './by-stock';
