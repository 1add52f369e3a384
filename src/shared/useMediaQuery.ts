import { useSyncExternalStore } from 'react';

/** The phone layout's widths: one pane at a time, a tab bar, popovers as bottom sheets. */
export const PHONE_QUERY = '(max-width: 760px)';

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
