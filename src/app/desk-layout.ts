/**
 * Pane sizes of the desktop layout, in percent. The resizable layout (react-resizable-panels,
 * loaded lazily) remembers the reader's sizes in localStorage under its own keys; the static
 * first-paint layout reads the same keys, so the panes don't move when the library arrives.
 */
export const MAIN_GROUP = 'broadsheet-main';
export const SIDE_GROUP = 'broadsheet-side';
export const MAIN_DEFAULT = { 'p-contents': 20, 'p-reader': 52, 'p-side': 28 } as const;
/** The side column: the charts, the watchlist (room for a watched stock's name and note), the notebook. */
export const SIDE_DEFAULT = { 'p-charts': 45, 'p-watchlist': 35, 'p-notebook': 20 } as const;

/** The side column's split until December 2026, which cramped the watchlist. */
const OLD_SIDE_DEFAULT: Readonly<Record<string, number>> = { 'p-charts': 50, 'p-watchlist': 25, 'p-notebook': 25 };

/**
 * The panes library stores every layout it lays out, chosen or not, so a reader who never moved
 * the side column's separators has the old default stored: that one is forgotten (they get the
 * new split, and the prerendered desk, drawn at the defaults, fits them again). Any other stored
 * split was the reader's own and stays. Returns whether it forgot one.
 */
export function forgetOldSideDefault(storage: Pick<Storage, 'getItem' | 'removeItem'>): boolean {
  const key = `react-resizable-panels:${SIDE_GROUP}`;
  try {
    const saved = JSON.parse(storage.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (!saved) return false;
    const panels = Object.keys(OLD_SIDE_DEFAULT);
    const same = Object.keys(saved).length === panels.length && panels.every((p) => typeof saved[p] === 'number' && Math.abs(saved[p] - OLD_SIDE_DEFAULT[p]!) < 0.01);
    if (same) storage.removeItem(key);
    return same;
  } catch {
    return false;
  }
}

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
