import { useSyncExternalStore } from 'react';

/** Whether a media query matches, kept live. */
export function useMediaQuery(query: string): boolean {
  // The server snapshot: the build-time render (src/app/prerender) answers for the layout it renders.
  const matches = () => window.matchMedia(query).matches;
  return useSyncExternalStore(
    (onChange) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    matches,
    matches,
  );
}
