import { create } from 'zustand';
import type { Script } from '../core/script';
import { persisted } from './persisted';
import { FONT_SIZES, PREFS_SHAPE, type PrefsFacts } from './shapes';

export { DEFAULT_FONT_SIZE, FONT_SIZES } from './shapes';

interface PrefsState extends PrefsFacts {
  setScript: (script: Script) => void;
  setFontSize: (px: number) => void;
}

/** The reader's preferences: small, in localStorage, read synchronously so they apply before first paint. */
export const usePrefs = create<PrefsState>()(
  persisted<PrefsState, PrefsFacts>(
    PREFS_SHAPE,
    (set) => ({
      ...PREFS_SHAPE.defaults,
      setScript: (script) => set({ script }),
      setFontSize: (px) => set({ fontSize: Math.min(Math.max(px, FONT_SIZES[0]), FONT_SIZES[FONT_SIZES.length - 1]!) }),
    }),
    { partialize: (s): PrefsFacts => ({ script: s.script, fontSize: s.fontSize }) },
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
