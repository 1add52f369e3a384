import { useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from '../core/route';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

// Each hook reads the same in the build-time render (src/app/prerender), where `window` is a stand-in.
const currentHash = () => window.location.hash;

/** The current route, from the URL hash: the URL is the single source of truth for place. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return parseRoute(hash);
}

/**
 * The figure whose sentence the address lights (`Route.figure`): a component re-renders only
 * when that changes, not on every move of the reader.
 */
export function useLitFigure(): string | undefined {
  const lit = () => parseRoute(window.location.hash).figure;
  return useSyncExternalStore(subscribe, lit, lit);
}

let reveals = 0;
const revealListeners = new Set<() => void>();

function subscribeReveals(onChange: () => void) {
  revealListeners.add(onChange);
  return () => revealListeners.delete(onChange);
}

/**
 * How many times a link asked for the place already in the URL (a watchlist mention or a search
 * hit clicked again after scrolling away). The reader scrolls to the place again each time.
 */
export function useRevealCount(): number {
  const count = () => reveals;
  return useSyncExternalStore(subscribeReveals, count, count);
}

/**
 * Pushes a history entry (so back and forward work), or replaces the current one. Asked for the
 * route already shown, it pushes nothing; if that route points at a place, the place is revealed
 * again (see {@link useRevealCount}).
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = formatRoute(route);
  if (hash !== window.location.hash) corrected = undefined;
  if (hash === window.location.hash) {
    if (route.at !== undefined || route.highlight !== undefined) {
      reveals++;
      revealListeners.forEach((listener) => listener());
    }
    return;
  }
  if (options.replace) {
    history.replaceState(history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/** The address a route to a place that no longer exists was corrected to, while it is shown. */
let corrected: string | undefined;

function subscribeCorrected(onChange: () => void) {
  // Any other address (a link, back or forward, a typed URL) ends the correction.
  const check = () => {
    if (corrected !== undefined && corrected !== window.location.hash) corrected = undefined;
    onChange();
  };
  window.addEventListener('hashchange', check);
  return () => window.removeEventListener('hashchange', check);
}

/**
 * Replaces a route whose place is gone (an article a link named that the page no longer has) by
 * the place shown instead, so a reload or a bookmark opens what the reader sees; the reader says
 * so until it goes elsewhere ({@link useCorrected}).
 */
export function correctRoute(route: Route): void {
  navigate(route, { replace: true });
  corrected = formatRoute(route);
}

/** Whether the address shown is one {@link correctRoute} put there, and the reader has not left it. */
export function useCorrected(): boolean {
  const shown = () => corrected !== undefined && corrected === window.location.hash;
  return useSyncExternalStore(subscribeCorrected, shown, shown);
}
