import { useSyncExternalStore } from 'react';

const unchanging = () => () => {};

/**
 * False in the build-time render (src/app/prerender) and while React hydrates that markup, true in
 * every render after: what is its own chunk renders only once live, so that the page's markup
 * and the hydrating render agree (a lazy part would suspend there) and hydration waits on no chunk.
 */
export function useLive(): boolean {
  return useSyncExternalStore(
    unchanging,
    () => true,
    () => false,
  );
}
