import { useRef, type MouseEvent, type PointerEvent } from 'react';
import { pressOf, releaseChooses, type Press } from '../core/press';

export interface PressChoice<T> {
  /** For the list's box, which stays while its items are drawn again. */
  readonly list: {
    onPointerDownCapture: () => void;
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerUp: (e: PointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
  };
  /** For each item. */
  readonly item: (item: T) => {
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onClick: (e: MouseEvent<HTMLElement>) => void;
  };
}

/**
 * Chooses an item of a list on a press let go where it was pressed, even when the list is drawn
 * again between the two (see `core/press`): the browser's own click is lost then. The list's box
 * takes the pointer for the press, so the release reaches it wherever the item's element went.
 * An item's `click` still chooses when no pointer made it (`detail` 0: assistive technology, a
 * script); a pointer's click after its release is the release's, already chosen.
 */
export function usePressChoice<T>(choose: (item: T) => void): PressChoice<T> {
  const press = useRef<Press<T>>(undefined);
  return {
    list: {
      // Any new press forgets the one before; an item's own handler, after this, makes the new one.
      onPointerDownCapture: () => {
        press.current = undefined;
      },
      onPointerDown: (e) => {
        if (press.current) e.currentTarget.setPointerCapture(e.pointerId);
      },
      onPointerUp: (e) => {
        const made = press.current;
        press.current = undefined;
        if (made && releaseChooses(made, e)) choose(made.item);
      },
      onPointerCancel: () => {
        press.current = undefined;
      },
    },
    item: (item) => ({
      onPointerDown: (e) => {
        press.current = pressOf(item, e, e.currentTarget.getBoundingClientRect());
      },
      onClick: (e) => {
        if (e.detail === 0) choose(item);
      },
    }),
  };
}
