import type { VirtualElement } from '@floating-ui/react';
import { useEffect, useMemo, useState } from 'react';
import { describeSpan, HIGHLIGHT_COLOURS, trimSpan, type HighlightColour } from '../../core/highlights';
import type { Span } from '../../core/span';
import type { UiKey } from '../../core/ui/strings';
import { useAnchoredPopover } from '../../shared/popover';
import type { PageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { useHighlights } from '../../store/highlights';
import { closeHighlight } from './highlight-ui';
import { selectionSpan } from './selection-offsets';

export const COLOUR_WORD: Record<HighlightColour, UiKey> = { yellow: 'hlYellow', green: 'hlGreen', blue: 'hlBlue', pink: 'hlPink' };

interface Selected {
  span: Span;
  anchor: VirtualElement;
}

/**
 * A selection of article text (made with a mouse, a finger or the keyboard) shows a small
 * toolbar beside it with the four colours; picking one highlights exactly the selected
 * characters of the page's original text. While a mouse or finger is still down the toolbar
 * waits, so it never jumps about under a drag.
 */
export function SelectionToolbar({ view, root }: { view: PageView; root: HTMLElement | null }) {
  const [selected, setSelected] = useState<Selected | undefined>();
  const blocks = useMemo(() => new Map(view.page.blocks.map((b) => [b.id, b])), [view.page.blocks]);
  const source = view.page.source;

  useEffect(() => {
    if (!root) return;
    let down = false;
    const update = () => {
      if (down) return;
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
      const span = range && root.contains(range.commonAncestorContainer) ? selectionSpan(range, root, blocks) : undefined;
      const trimmed = span && trimSpan(source, span);
      if (!range || !trimmed) return setSelected(undefined);
      const rects = () => range.getClientRects();
      setSelected({ span: trimmed, anchor: { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: rects } });
    };
    const press = () => (down = true);
    const release = () => {
      down = false;
      // The selection settles after the pointer is released.
      requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', update);
    root.addEventListener('pointerdown', press);
    document.addEventListener('pointerup', release);
    document.addEventListener('pointercancel', release);
    return () => {
      document.removeEventListener('selectionchange', update);
      root.removeEventListener('pointerdown', press);
      document.removeEventListener('pointerup', release);
      document.removeEventListener('pointercancel', release);
    };
  }, [root, blocks, source]);

  if (!selected) return null;
  const create = (colour: HighlightColour) => {
    useHighlights.getState().add(view.pageId, describeSpan(source, selected.span), colour);
    window.getSelection()?.removeAllRanges();
    closeHighlight();
    setSelected(undefined);
  };
  return <Toolbar anchor={selected.anchor} onPick={create} />;
}

function Toolbar({ anchor, onPick }: { anchor: VirtualElement; onPick: (colour: HighlightColour) => void }) {
  const t = useT();
  const { attach, style } = useAnchoredPopover(anchor, { gap: 8, placement: 'top' });
  return (
    <div className="highlight-create" data-testid="highlight-create" role="toolbar" aria-label={t('hlCreate')} ref={attach} style={style}>
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`hl-swatch hl-${colour}`}
          data-colour={colour}
          aria-label={`${t('hlHighlightIn')}：${t(COLOUR_WORD[colour])}`}
          title={`${t('hlCreate')}：${t(COLOUR_WORD[colour])}`}
          // Pressing a button must not take the selection away before it is highlighted.
          onPointerDown={(e) => e.preventDefault()}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(colour)}
        />
      ))}
    </div>
  );
}
