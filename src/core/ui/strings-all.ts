/**
 * Every word of the UI in one table: what the app's chunk adds to the first paint's words
 * (`addWords`), and what the tests check against each region's vocabulary.
 */
import { BACKUP_UI } from './strings-backup';
import { CHARTS_UI } from './strings-charts';
import { DESK_UI } from './strings-desk';
import { FACTS_UI } from './strings-facts';
import { HIGHLIGHTS_UI } from './strings-highlights';
import { LIBRARY_UI } from './strings-library';
import { READING_UI } from './strings-reading';
import { SERIES_UI } from './strings-series';
import { WATCHLIST_UI } from './strings-watchlist';
import { FIRST_PAINT_UI, type UiTable } from './strings';

export const UI: UiTable = { ...FIRST_PAINT_UI, ...DESK_UI, ...WATCHLIST_UI, ...LIBRARY_UI, ...CHARTS_UI, ...FACTS_UI, ...BACKUP_UI, ...READING_UI, ...SERIES_UI, ...HIGHLIGHTS_UI };
