import { lazy } from 'react';

/**
 * The library's heavier parts load on first use — the dialog when first opened or a file is
 * first dragged in, the notices with the first import, the results list with the first search —
 * so that the top bar adds little to what the first paint waits for.
 */
export const LibraryDialog = lazy(() => import('./LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
export const Toasts = lazy(() => import('./Toasts').then((m) => ({ default: m.Toasts })));
export const SearchResults = lazy(() => import('./SearchResults').then((m) => ({ default: m.SearchResults })));

const actions = () => import('./import-actions');

/** Imports a dropped file, loading the import code first. */
export const importDropped = (file: File) => void actions().then((m) => m.importFile(file));

/** A file is being dragged in: have the import code ready by the time it is dropped. */
export const preloadImport = () => void actions().then((m) => m.preloadImport());
