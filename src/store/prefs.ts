import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Script } from '../core/script';

/** The reader's preferences: small, synchronous, so they apply before first paint. */
interface PrefsFacts {
  /** Undefined until the reader chooses: then the browser's languages decide. */
  script: Script | undefined;
  /** Reading font size in px. */
  fontSize: number;
}

interface PrefsState extends PrefsFacts {
  setScript: (script: Script) => void;
  setFontSize: (px: number) => void;
}

export const FONT_SIZES = [15, 16, 17, 18, 20, 22, 24] as const;
export const DEFAULT_FONT_SIZE = 18;

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      script: undefined,
      fontSize: DEFAULT_FONT_SIZE,
      setScript: (script) => set({ script }),
      setFontSize: (px) => set({ fontSize: Math.min(Math.max(px, FONT_SIZES[0]), FONT_SIZES[FONT_SIZES.length - 1]!) }),
    }),
    {
      name: 'broadsheet-prefs',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): PrefsFacts => ({ script: s.script, fontSize: s.fontSize }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<PrefsFacts>;
        return {
          ...current,
          script: p.script === 'hant' || p.script === 'hans' ? p.script : undefined,
          fontSize: typeof p.fontSize === 'number' && Number.isFinite(p.fontSize) ? p.fontSize : DEFAULT_FONT_SIZE,
        };
      },
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
