/**
 * Pane sizes of the desktop layout, in percent. The resizable layout (react-resizable-panels,
 * loaded lazily) remembers the reader's sizes in localStorage under its own keys; the static
 * first-paint layout reads the same keys, so the panes don't move when the library arrives.
 */
export const MAIN_GROUP = 'broadsheet-main';
export const SIDE_GROUP = 'broadsheet-side';
export const MAIN_DEFAULT = { 'p-contents': 20, 'p-reader': 52, 'p-side': 28 } as const;
export const SIDE_DEFAULT = { 'p-charts': 50, 'p-watchlist': 25, 'p-notebook': 25 } as const;

type Sizes<T> = { [K in keyof T]: number };

export function savedLayout<T extends Record<string, number>>(group: string, fallback: T): Sizes<T> {
  try {
    const raw = localStorage.getItem(`react-resizable-panels:${group}`);
    const saved = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const out = { ...fallback } as Record<string, number>;
    for (const key of Object.keys(fallback)) {
      const v = saved[key];
      if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 100) out[key] = v;
    }
    return out as Sizes<T>;
  } catch {
    return { ...fallback };
  }
}
