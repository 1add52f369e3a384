/** The watchlist feature's own words, in Hong Kong Traditional (converted like every UI word). */
export const WATCHLIST_UI = {} as const;
