import { createElement, lazy, useState } from 'react';

/** The library's public entry: the top bar (search, import, the list) and the guard for files dropped before it loads. */
export { guardEarlyDrops } from './early-drop';

type BarModule = typeof import('./LibraryBar');
let loaded: BarModule | undefined;
const load = () => import('./LibraryBar').then((m) => (loaded = m));
const LazyBar = lazy(() => load().then((m) => ({ default: m.LibraryBar })));

/**
 * Fetches the bar's chunk ahead: the prerendered page's takeover (src/main.tsx) and the build-time
 * render wait for it, so the bar is in their first frame and nothing in the top bar moves after.
 */
export function preloadLibraryBar(): Promise<unknown> {
  return load();
}

/**
 * Search, import and the library list: the top bar paints first, their code arrives after (its
 * Suspense fallback stands in). Loaded ahead, it renders at once.
 */
export function LibraryBar() {
  // Decided once: switching from the lazy one to the loaded one would remount the bar.
  const [Bar] = useState(() => loaded?.LibraryBar ?? LazyBar);
  return createElement(Bar);
}
