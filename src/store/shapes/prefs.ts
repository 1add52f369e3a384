import * as v from 'valibot';
import type { StoredShape, Upgraded } from './stored-shape';

/** The reading font size, in px: A− / A+ step through these; the settings take any whole px between. */
export const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30, 32] as const;
export const DEFAULT_FONT_SIZE = 18;
export const FONT_SIZE_RANGE = { min: FONT_SIZES[0], max: FONT_SIZES[FONT_SIZES.length - 1]! } as const;
/** Line height, as a multiple of the font size. */
export const LINE_HEIGHT_RANGE = { min: 1.4, max: 2.4, step: 0.05 } as const;
/** Line length (the measure), in characters a line. */
export const MEASURE_RANGE = { min: 20, max: 60, step: 1 } as const;
/** `system` follows the device's light or dark (prefers-color-scheme). */
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const TYPEFACES = ['serif', 'sans'] as const;
/** What read aloud speaks: Cantonese, or Mandarin as the mainland or Taiwan says it. */
export const SPEECH_LANGS = ['zh-HK', 'zh-CN', 'zh-TW'] as const;

export type Theme = (typeof THEMES)[number];
export type Typeface = (typeof TYPEFACES)[number];
export type SpeechLang = (typeof SPEECH_LANGS)[number];

const between = (range: { min: number; max: number }) => v.pipe(v.number(), v.finite(), v.minValue(range.min), v.maxValue(range.max));

/** The reader's preferences: small, in localStorage, so they apply before first paint. */
export const prefsSchema = v.object({
  /** Absent until the reader chooses: then the browser's languages decide. */
  script: v.optional(v.picklist(['hant', 'hans'])),
  /** Reading font size in px. */
  fontSize: between(FONT_SIZE_RANGE),
  theme: v.picklist(THEMES),
  lineHeight: between(LINE_HEIGHT_RANGE),
  measure: v.pipe(between(MEASURE_RANGE), v.integer()),
  typeface: v.picklist(TYPEFACES),
  /** Focus mode: the reader alone, the side panes hidden. */
  focus: v.boolean(),
  /** Absent until the reader chooses: then the display script decides (Traditional: Cantonese). */
  speechLang: v.optional(v.picklist(SPEECH_LANGS)),
  /** When the reader last changed a setting (epoch ms; 0: never, or before this was kept): restoring a backup keeps the later. */
  updatedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

export type PrefsFacts = v.InferOutput<typeof prefsSchema>;

/** What version 1 did not have, as a reader starts with it. */
const READING_DEFAULTS = { theme: 'system', lineHeight: 1.85, measure: 36, typeface: 'serif', focus: false } as const satisfies Partial<PrefsFacts>;

export const PREFS_SHAPE: StoredShape<PrefsFacts> = {
  key: 'broadsheet-prefs',
  area: 'localStorage',
  layout: 'whole',
  version: 3,
  schema: prefsSchema,
  defaults: { script: undefined, fontSize: DEFAULT_FONT_SIZE, ...READING_DEFAULTS, speechLang: undefined, updatedAt: 0 },
  upgrades: {
    // Version 1 held the script and a font size (15–24 px): both kept, the reading settings added.
    1: (state): Upgraded => {
      if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error('not an object');
      return { state: { ...READING_DEFAULTS, ...state }, dropped: 0 };
    },
    // Version 2 kept no time of change: the settings were chosen at an unknown time (0).
    2: (state): Upgraded => {
      if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error('not an object');
      return { state: { ...state, updatedAt: 0 }, dropped: 0 };
    },
  },
};
