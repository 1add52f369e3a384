/** The charts feature's own words, in Hong Kong Traditional (converted like every UI word). */
export const CHARTS_UI = {} as const;
