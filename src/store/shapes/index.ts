import { CHART_CHOICES_SHAPE } from './chart-choices';
import { HIGHLIGHTS_SHAPE } from './highlights';
import { LIBRARY_SHAPE } from './library';
import { PREFS_SHAPE } from './prefs';
import type { StoredShape } from './stored-shape';
import { WATCHLIST_SHAPE } from './watchlist';

export * from './stored-shape';
export { CHART_CHOICES_SHAPE, type ChartChoicesFacts } from './chart-choices';
export { HIGHLIGHTS_SHAPE, type HighlightsFacts } from './highlights';
export { LIBRARY_SHAPE, SAMPLE_PAGE_ID, type LibraryFacts, type StoredPage } from './library';
export {
  DEFAULT_FONT_SIZE,
  FONT_SIZE_RANGE,
  FONT_SIZES,
  LINE_HEIGHT_RANGE,
  MEASURE_RANGE,
  PREFS_SHAPE,
  SPEECH_LANGS,
  THEMES,
  TYPEFACES,
  type PrefsFacts,
  type SpeechLang,
  type Theme,
  type Typeface,
} from './prefs';
export { WATCHLIST_SHAPE, type WatchlistFacts } from './watchlist';

/**
 * Everything the app stores, and nothing else (as excalidraw's APP_STATE_STORAGE_CONF lists its
 * app state): each stored key, where it lives, its version and its schema. Every persisted store
 * is made by `persisted()` from one of these. Not listed, because they are not the reader's data:
 * the layout sizes react-resizable-panels keeps under its own keys, and rebuildable caches.
 */
export const STORED_SHAPES = {
  library: LIBRARY_SHAPE,
  chartChoices: CHART_CHOICES_SHAPE,
  watchlist: WATCHLIST_SHAPE,
  prefs: PREFS_SHAPE,
  highlights: HIGHLIGHTS_SHAPE,
} as const satisfies Record<string, StoredShape<unknown>>;

export type StoredShapeName = keyof typeof STORED_SHAPES;
