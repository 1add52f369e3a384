import { lazy } from 'react';

/** The library's public entry: the top bar (search, import, the list) and the guard for files dropped before it loads. */
export { guardEarlyDrops } from './early-drop';

/** Search, import and the library list: the top bar paints first, their code arrives after. */
export const LibraryBar = lazy(() => import('./LibraryBar').then((m) => ({ default: m.LibraryBar })));
