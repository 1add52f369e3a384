import { create } from 'zustand';
import type { Script } from '../core/script';
import { persisted } from './persisted';
import { FONT_SIZE_RANGE, LINE_HEIGHT_RANGE, MEASURE_RANGE, PREFS_SHAPE, type PrefsFacts, type SpeechLang, type Theme, type Typeface } from './shapes/prefs';

export {
  DEFAULT_FONT_SIZE,
  FONT_SIZE_RANGE,
  FONT_SIZES,
  LINE_HEIGHT_RANGE,
  MEASURE_RANGE,
  SPEECH_LANGS,
  THEMES,
  TYPEFACES,
  type SpeechLang,
  type Theme,
  type Typeface,
} from './shapes/prefs';

interface PrefsState extends PrefsFacts {
  setScript: (script: Script) => void;
  setFontSize: (px: number) => void;
  setTheme: (theme: Theme) => void;
  setLineHeight: (lineHeight: number) => void;
  setMeasure: (characters: number) => void;
  setTypeface: (typeface: Typeface) => void;
  setFocus: (focus: boolean) => void;
  setSpeechLang: (lang: SpeechLang) => void;
}

/** A change of settings, stamped with its time (restoring a backup keeps the later settings). */
const changed = (change: Partial<PrefsFacts>): Partial<PrefsFacts> => ({ ...change, updatedAt: Date.now() });

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(Math.max(n, min), max);

/** The reader's preferences: small, in localStorage, read synchronously so they apply before first paint. */
export const usePrefs = create<PrefsState>()(
  persisted<PrefsState, PrefsFacts>(
    PREFS_SHAPE,
    (set) => ({
      ...PREFS_SHAPE.defaults,
      setScript: (script) => set(changed({ script })),
      setFontSize: (px) => set(changed({ fontSize: Math.round(clamp(px, FONT_SIZE_RANGE)) })),
      setTheme: (theme) => set(changed({ theme })),
      setLineHeight: (lineHeight) => set(changed({ lineHeight: Math.round(clamp(lineHeight, LINE_HEIGHT_RANGE) * 100) / 100 })),
      setMeasure: (measure) => set(changed({ measure: Math.round(clamp(measure, MEASURE_RANGE)) })),
      setTypeface: (typeface) => set(changed({ typeface })),
      setFocus: (focus) => set(changed({ focus })),
      setSpeechLang: (speechLang) => set(changed({ speechLang })),
    }),
    {
      partialize: (s): PrefsFacts => ({
        script: s.script,
        fontSize: s.fontSize,
        theme: s.theme,
        lineHeight: s.lineHeight,
        measure: s.measure,
        typeface: s.typeface,
        focus: s.focus,
        speechLang: s.speechLang,
        updatedAt: s.updatedAt,
      }),
    },
  ),
);

/** First visit: zh-CN, zh-SG and zh-Hans read Simplified; everyone else Traditional. */
export function scriptFromLanguages(languages: readonly string[]): Script {
  for (const raw of languages) {
    const lang = raw.toLowerCase();
    if (!lang.startsWith('zh')) continue;
    if (/^zh-(cn|sg|my)\b|hans/.test(lang)) return 'hans';
    return 'hant';
  }
  return 'hant';
}
