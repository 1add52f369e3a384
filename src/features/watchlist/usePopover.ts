import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';

const GAP = 6;
const MARGIN = 8;

/**
 * Keeps a fixed-position card beside its anchor: below it, or above when there is no room below
 * (within the anchor's scroller), and always inside the viewport. Follows the anchor while any scroller moves or the window
 * resizes, and itself when its content changes size (the mention count arrives a moment later). Written straight to the element's style: it is layout, not state. Returns the ref
 * to put on the card.
 */
export function useAnchoredPosition<T extends HTMLElement>(anchor: RefObject<HTMLElement | null>): RefObject<T | null> {
  const card = useRef<T>(null);
  useLayoutEffect(() => {
    let frame = 0;
    const place = () => {
      frame = 0;
      const el = card.current;
      const from = anchor.current;
      if (!el || !from) return;
      const at = from.getBoundingClientRect();
      const size = el.getBoundingClientRect();
      const room = visibleArea(from);
      const below = at.bottom + GAP;
      const above = at.top - GAP - size.height;
      const fitsBelow = below + size.height <= room.bottom - MARGIN;
      const fitsAbove = above >= room.top + MARGIN;
      const top = fitsBelow || !fitsAbove ? below : above;
      const maxTop = window.innerHeight - size.height - MARGIN;
      el.style.top = `${Math.round(Math.max(MARGIN, Math.min(top, maxTop)))}px`;
      el.style.left = `${Math.round(Math.max(MARGIN, Math.min(at.left, document.documentElement.clientWidth - size.width - MARGIN)))}px`;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    const resized = new ResizeObserver(schedule);
    if (card.current) resized.observe(card.current);
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [anchor]);
  return card;
}

/**
 * The part of the viewport the anchor's scroller shows: the card stays within it, so on a phone it
 * doesn't cover the tab bar below the reading pane.
 */
function visibleArea(el: HTMLElement): { top: number; bottom: number } {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      const box = node.getBoundingClientRect();
      return { top: Math.max(0, box.top), bottom: Math.min(window.innerHeight, box.bottom) };
    }
  }
  return { top: 0, bottom: window.innerHeight };
}

/**
 * Closes a non-modal card the usual ways: Escape (focus goes back to the anchor), a click or tap
 * outside it, or focus moving elsewhere (Tab past its last control). `restoreFocus` says
 * whether focus should go back to the anchor. A control marked `data-keeps-popovers` (the script
 * toggle, which only changes how everything is written) leaves the card open.
 */
export function useDismiss(
  card: RefObject<HTMLElement | null>,
  anchor: RefObject<HTMLElement | null>,
  onClose: (restoreFocus: boolean) => void,
): void {
  const close = useEffectEvent(onClose);
  useEffect(() => {
    const inside = (target: EventTarget | null) =>
      target instanceof Node &&
      (card.current?.contains(target) || anchor.current?.contains(target) || (target instanceof Element && target.closest('[data-keeps-popovers]') !== null));
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close(true);
    };
    const onPointer = (e: PointerEvent) => {
      if (!inside(e.target)) close(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (!inside(e.target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [card, anchor]);
}
