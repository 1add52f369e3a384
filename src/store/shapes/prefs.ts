import * as v from 'valibot';
import type { StoredShape } from './stored-shape';

export const FONT_SIZES = [15, 16, 17, 18, 20, 22, 24] as const;
export const DEFAULT_FONT_SIZE = 18;

/** The reader's preferences: small, in localStorage, so they apply before first paint. */
export const prefsSchema = v.object({
  /** Absent until the reader chooses: then the browser's languages decide. */
  script: v.optional(v.picklist(['hant', 'hans'])),
  /** Reading font size in px. */
  fontSize: v.pipe(v.number(), v.finite(), v.minValue(FONT_SIZES[0]), v.maxValue(FONT_SIZES[FONT_SIZES.length - 1]!)),
});

export type PrefsFacts = v.InferOutput<typeof prefsSchema>;

export const PREFS_SHAPE: StoredShape<PrefsFacts> = {
  key: 'broadsheet-prefs',
  area: 'localStorage',
  layout: 'whole',
  version: 1,
  schema: prefsSchema,
  defaults: { script: undefined, fontSize: DEFAULT_FONT_SIZE },
  upgrades: {},
};
