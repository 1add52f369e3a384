import type { Market } from '../../core/stocks/stock-mention';
import type { ImportProblemKind } from '../../core/watchlist/rows';
import type { UiKey } from '../../core/ui/strings';

/** The exchange's name for a market code. */
export const MARKET_LABEL: Record<Market, UiKey> = {
  HK: 'wlMarketHK',
  SH: 'wlMarketSH',
  SZ: 'wlMarketSZ',
  US: 'wlMarketUS',
  JP: 'wlMarketJP',
  BJ: 'wlMarketBJ',
  KR: 'wlMarketKR',
  TW: 'wlMarketTW',
};

/** What each import problem is called on screen. */
export const IMPORT_PROBLEM_LABEL: Record<ImportProblemKind, UiKey> = {
  market: 'wlImportProblemMarket',
  code: 'wlImportProblemCode',
  date: 'wlImportProblemDate',
  note: 'wlImportProblemNote',
  item: 'wlImportProblemItem',
  quote: 'wlImportProblemQuote',
  json: 'wlImportProblemJson',
  format: 'wlImportProblemFormat',
  empty: 'wlImportProblemEmpty',
  size: 'wlImportProblemSize',
};
