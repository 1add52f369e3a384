/**
 * A press on an item of a list that is drawn again while the button is held (a search's answer
 * arriving under the pointer). The browser's `click` needs the press and the release on one
 * element: an item drawn anew is a new element, so no click comes and the reader must choose
 * again. A press kept as the item and the box it was pressed in chooses that item when its
 * pointer is let go inside that box, whatever was drawn there meanwhile.
 */

/** A box on screen, in client pixels (a `DOMRect` is one). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Press<T> {
  readonly item: T;
  readonly pointerId: number;
  /** Where the item was when pressed. */
  readonly box: Box;
}

/** What a press needs of a `pointerdown`. */
export interface PointerDown {
  readonly pointerId: number;
  readonly button: number;
  readonly isPrimary: boolean;
}

/** What a release needs of a `pointerup`. */
export interface PointerUp {
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
}

/** The press of `item` in `box`; undefined for another button, or a second finger or pen. */
export function pressOf<T>(item: T, down: PointerDown, box: Box): Press<T> | undefined {
  return down.isPrimary && down.button === 0 ? { item, pointerId: down.pointerId, box } : undefined;
}

/**
 * Whether this release chooses what `press` pressed: the same pointer, let go inside the box the
 * item had when pressed (half-open, as the browser hit-tests), wherever the item has gone since.
 */
export function releaseChooses(press: Press<unknown> | undefined, up: PointerUp): boolean {
  if (!press || up.pointerId !== press.pointerId) return false;
  const { left, top, right, bottom } = press.box;
  return up.clientX >= left && up.clientX < right && up.clientY >= top && up.clientY < bottom;
}
