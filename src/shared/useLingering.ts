import { useEffect, type RefObject } from 'react';

/** How long a notice stays over the page once nothing holds it. */
export const NOTICE_MS = 5_000;

/**
 * Lets a notice go after `ms`, but never while the pointer is over it or focus is inside it (a
 * reader about to press its button, or reading it, keeps it): then it waits another `ms`.
 */
export function useLingering(box: RefObject<HTMLElement | null>, active: boolean, onExpire: () => void, ms = NOTICE_MS): void {
  useEffect(() => {
    if (!active) return;
    let timer = 0;
    const arm = () => {
      timer = window.setTimeout(() => (box.current?.matches(':hover, :focus-within') ? arm() : onExpire()), ms);
    };
    arm();
    return () => window.clearTimeout(timer);
  }, [box, active, onExpire, ms]);
}
