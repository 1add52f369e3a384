import type { VirtualElement } from '@floating-ui/react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
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

/** Whether a key press is the one that takes a keyboard selection to the toolbar (H, nothing held, not typing). */
function isHighlightKey(e: globalThis.KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  const typing = !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
  return (e.key === 'h' || e.key === 'H') && !e.altKey && !e.ctrlKey && !e.metaKey && !typing;
}

/**
 * A selection of article text (made with a mouse, a finger or the keyboard) shows a small
 * toolbar beside it with the four colours; picking one highlights exactly the selected
 * characters of the page's original text. While a mouse or finger is still down the toolbar
 * waits, so it never jumps about under a drag.
 *
 * Without a mouse: a selection made with Shift+arrows (or caret browsing) is announced with the
 * key to press; H takes focus to the toolbar (on the first colour), ←/→ choose, Enter highlights
 * and focus lands on the new highlight; Escape goes back to the text, the selection kept.
 */
export function SelectionToolbar({ view, root }: { view: PageView; root: HTMLElement | null }) {
  const t = useT();
  const [selected, setSelected] = useState<Selected | undefined>();
  const [said, setSaid] = useState('');
  const box = useRef<HTMLDivElement | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const blocks = useMemo(() => new Map(view.page.blocks.map((b) => [b.id, b])), [view.page.blocks]);
  const source = view.page.source;

  useEffect(() => {
    if (!root) return;
    let down = false;
    const update = () => {
      // Focus in the toolbar: the selection it acts on stays what it was.
      if (down || box.current?.contains(document.activeElement)) return;
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
      const span = range && root.contains(range.commonAncestorContainer) ? selectionSpan(range, root, blocks) : undefined;
      const trimmed = span && trimSpan(source, span);
      if (!range || !trimmed) {
        // The hint goes with the selection; "highlighted" stays until the next one.
        setSaid((was) => (was === t('hlKeyHint') ? '' : was));
        return setSelected(undefined);
      }
      const rects = () => range.getClientRects();
      setSelected({ span: trimmed, anchor: { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: rects } });
      setSaid(t('hlKeyHint'));
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      const first = box.current?.querySelector<HTMLElement>('button');
      if (!first || !isHighlightKey(e) || box.current?.contains(e.target as Node)) return;
      e.preventDefault();
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      first.focus();
    };
    const press = () => (down = true);
    const release = () => {
      down = false;
      // The selection settles after the pointer is released.
      requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('keydown', onKey);
    root.addEventListener('pointerdown', press);
    document.addEventListener('pointerup', release);
    document.addEventListener('pointercancel', release);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('keydown', onKey);
      root.removeEventListener('pointerdown', press);
      document.removeEventListener('pointerup', release);
      document.removeEventListener('pointercancel', release);
    };
  }, [root, blocks, source, t]);

  const create = (colour: HighlightColour) => {
    if (!selected) return;
    const fromKeys = box.current?.contains(document.activeElement) ?? false;
    const id = useHighlights.getState().add(view.pageId, describeSpan(source, selected.span), colour);
    window.getSelection()?.removeAllRanges();
    closeHighlight();
    setSelected(undefined);
    setSaid(t('hlCreated'));
    // From the keyboard, focus goes on to the new highlight (its popover is Enter away).
    // Focus lands on the new highlight's Tab stop, or on the mark that holds it wholly.
    const marked = `[data-highlight-id="${CSS.escape(id)}"]`;
    if (fromKeys) requestAnimationFrame(() => (root?.querySelector<HTMLElement>(`${marked}[tabindex]`) ?? root?.querySelector(marked)?.closest<HTMLElement>('[tabindex]'))?.focus());
  };
  const leave = () => {
    const back = returnTo.current;
    returnTo.current = null;
    (back?.isConnected ? back : root)?.focus({ preventScroll: true });
  };
  return (
    <>
      <span className="wl-sr-only" role="status">
        {said}
      </span>
      {selected && <Toolbar anchor={selected.anchor} boxRef={box} onPick={create} onLeave={leave} />}
    </>
  );
}

interface ToolbarProps {
  anchor: VirtualElement;
  boxRef: RefObject<HTMLDivElement | null>;
  onPick: (colour: HighlightColour) => void;
  onLeave: () => void;
}

/** The four colours, one Tab stop: ←/→ (Home/End) move between them, Escape leaves. */
function Toolbar({ anchor, boxRef, onPick, onLeave }: ToolbarProps) {
  const t = useT();
  const [current, setCurrent] = useState(0);
  const { attach, style } = useAnchoredPopover(anchor, { gap: 8, placement: 'top' });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = HIGHLIGHT_COLOURS.length - 1;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: last };
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onLeave();
      return;
    }
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = (to + last + 1) % (last + 1);
    setCurrent(next);
    boxRef.current?.querySelectorAll<HTMLElement>('button')[next]?.focus();
  };
  return (
    <div
      className="highlight-create"
      data-testid="highlight-create"
      role="toolbar"
      aria-label={t('hlCreate')}
      ref={(el) => {
        attach(el);
        boxRef.current = el;
      }}
      style={style}
      onKeyDown={onKeyDown}
    >
      {HIGHLIGHT_COLOURS.map((colour, i) => (
        <button
          key={colour}
          type="button"
          tabIndex={i === current ? 0 : -1}
          className={`hl-swatch hl-${colour}`}
          data-colour={colour}
          aria-label={`${t('hlHighlightIn')}：${t(COLOUR_WORD[colour])}`}
          title={`${t('hlCreate')}：${t(COLOUR_WORD[colour])}`}
          // Pressing a button must not take the selection away before it is highlighted.
          onPointerDown={(e) => e.preventDefault()}
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setCurrent(i)}
          onClick={() => onPick(colour)}
        />
      ))}
    </div>
  );
}
