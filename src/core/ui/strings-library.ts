/** The library feature's own words, in Hong Kong Traditional (converted like every UI word). */
export const LIBRARY_UI = {} as const;
