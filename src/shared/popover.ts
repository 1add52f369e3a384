import { useLayoutEffect } from 'react';
import { autoUpdate, flip, inline, offset, shift, size, useFloating, type Boundary, type OpenChangeReason, type VirtualElement } from '@floating-ui/react';

/** Room kept between a popover and the edge of what it must stay inside. */
const MARGIN = 8;

interface Options {
  /** Space between the anchor and the popover. */
  gap: number;
  /** Where the popover must stay across (left to right): by default the anchor's scrollers and the viewport. */
  across?: Element | null;
  /** Called when floating-ui's interactions (`useDismiss`) close it, with why. */
  onClose?: (reason: OpenChangeReason | undefined) => void;
  /** Where it goes first: below the anchor's line by default (a selection's toolbar goes above). */
  placement?: 'bottom-start' | 'top';
  /**
   * A bottom sheet instead (the phone's stock card): the stylesheet places it across the foot of
   * the screen, and the anchor's scroller is scrolled so the anchor stays in sight above it.
   */
  sheet?: boolean;
}

/**
 * Places a popover (the stock card, a figure's tip, a highlight's toolbar) beside the text it belongs to, with
 * floating-ui: below the anchor's line, above it when there is no room below, shifted and
 * narrowed to stay inside its scroller and the viewport (a 320 px phone included), and following
 * the anchor while anything scrolls or resizes and the popover's own content changes size.
 * Fixed positioning, so no scroller clips it; it stays where it is in the DOM, in the tab order.
 * Hidden until placed, so it never shows at the viewport's corner first.
 */
export function useAnchoredPopover(anchor: Element | VirtualElement, { gap, across, onClose, placement = 'bottom-start', sheet = false }: Options) {
  const boundary: Boundary = across ?? 'clippingAncestors';
  const floating = useFloating({
    open: true,
    onOpenChange: (open, _event, reason) => {
      if (!open) onClose?.(reason);
    },
    elements: { reference: anchor instanceof Element ? anchor : null },
    placement,
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [
      // A mention that breaks across lines: beside the line nearest the popover, not the pair's box.
      inline(),
      offset(gap),
      flip({ padding: MARGIN }),
      shift({ padding: MARGIN, boundary }),
      size({
        padding: MARGIN,
        boundary,
        apply({ availableWidth, availableHeight, elements }) {
          if (sheet) {
            elements.floating.style.maxWidth = '';
            elements.floating.style.maxHeight = '';
            return;
          }
          elements.floating.style.maxWidth = `${Math.max(0, Math.floor(availableWidth))}px`;
          elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  });
  const { setPositionReference } = floating.refs;
  // A selection has no element of its own: its rectangles stand in for one.
  useLayoutEffect(() => {
    if (!(anchor instanceof Element)) setPositionReference(anchor);
  }, [anchor, setPositionReference]);
  const visibility = floating.isPositioned ? undefined : ('hidden' as const);
  const style = sheet ? { visibility } : { ...floating.floatingStyles, visibility };
  const floatingElement = floating.elements.floating;
  // A sheet covers the foot of the screen: the anchor, if it is there, is scrolled up above it.
  useLayoutEffect(() => {
    if (sheet && floating.isPositioned && floatingElement && anchor instanceof Element) keepAbove(anchor, floatingElement.getBoundingClientRect().top);
  }, [sheet, floating.isPositioned, floatingElement, anchor]);
  // Named apart from `refs`, which React's lint takes for a ref object read during render.
  return { attach: floating.refs.setFloating, style, context: floating.context, isPositioned: floating.isPositioned };
}

/** Scrolls the anchor's scroller until the anchor's foot is a margin above `top` (a sheet's edge). */
function keepAbove(anchor: Element, top: number): void {
  const over = anchor.getBoundingClientRect().bottom + MARGIN - top;
  if (over <= 0) return;
  for (let el = anchor.parentElement; el; el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight && /(auto|scroll)/.test(getComputedStyle(el).overflowY)) {
      el.scrollBy({ top: over });
      return;
    }
  }
}

/**
 * A control that only changes how everything is written (the script toggle, marked
 * `data-keeps-popovers`) leaves an open popover open.
 */
export function keepsPopovers(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-keeps-popovers]') !== null;
}
