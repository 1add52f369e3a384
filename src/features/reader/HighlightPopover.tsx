import { useDismiss, useInteractions } from '@floating-ui/react';
import { useEffect, useRef, useState } from 'react';
import { copiedHighlight, HIGHLIGHT_COLOURS } from '../../core/highlights';
import { articleName } from '../../core/page/text';
import { usePageDate } from '../../shared/page/facts';
import type { PageView } from '../../shared/page/usePageView';
import { keepsPopovers, useAnchoredPopover } from '../../shared/popover';
import { useDisplay, useT } from '../../shared/script/useScript';
import { useHighlights } from '../../store/highlights';
import { closeHighlight, useHighlightUi } from './highlight-ui';
import { COLOUR_WORD } from './SelectionToolbar';

/** The open highlight's popover, if one is open and still in the page. */
export function HighlightPopover({ view }: { view: PageView }) {
  const open = useHighlightUi((s) => s.open);
  const highlight = useHighlights((s) => (open ? s.highlights[open.id] : undefined));
  if (!open || !highlight || highlight.pageId !== view.pageId || !open.anchor.isConnected) return null;
  return <Popover key={open.id} id={open.id} anchor={open.anchor} view={view} />;
}

/**
 * A highlight's small dialog beside it: its note (saved as typed), its colour, copy (the quote
 * with where it comes from) and delete (with an undo offer). Closes on Escape (focus back on the
 * highlight), a press outside, or ✕.
 */
function Popover({ id, anchor, view }: { id: string; anchor: HTMLElement; view: PageView }) {
  const t = useT();
  const display = useDisplay(view.sourceScript);
  const highlight = useHighlights((s) => s.highlights[id])!;
  const pageDate = usePageDate(view.pageId);
  const [copied, setCopied] = useState(false);
  const note = useRef<HTMLTextAreaElement>(null);
  const close = (restoreFocus: boolean) => {
    closeHighlight();
    if (restoreFocus) anchor.focus();
  };
  const { attach, style, context, isPositioned } = useAnchoredPopover(anchor, { gap: 6, onClose: (reason) => close(reason === 'escape-key') });
  const dismiss = useDismiss(context, { outsidePress: (e) => !keepsPopovers(e.target) && !anchor.contains(e.target as Node) });
  const { getFloatingProps } = useInteractions([dismiss]);
  useEffect(() => {
    if (isPositioned) note.current?.focus({ preventScroll: true });
  }, [isPositioned]);

  const { setNote, recolour, remove } = useHighlights.getState();
  const article = view.page.articles.find((a) => a.span.start <= highlight.selector.start && highlight.selector.start < a.span.end);
  const sourceLine = [article ? display(articleName(view.page.source, article)) : '', display(view.title), pageDate?.date].filter(Boolean).join(' · ');
  const copy = () => {
    void navigator.clipboard?.writeText(copiedHighlight(display(highlight.selector.exact), sourceLine)).then(() => setCopied(true));
  };
  const del = () => {
    const gone = remove(id);
    useHighlightUi.setState({ open: undefined, deleted: gone });
  };

  return (
    <div className="highlight-popover" role="dialog" aria-label={t('hlHighlight')} data-testid="highlight-popover" ref={attach} style={style} {...getFloatingProps()}>
      <div className="highlight-popover-head">
        <span className="highlight-popover-colours" role="group" aria-label={t('hlColour')}>
          {HIGHLIGHT_COLOURS.map((colour) => (
            <button
              key={colour}
              type="button"
              className={`hl-swatch hl-${colour}`}
              data-colour={colour}
              aria-pressed={highlight.colour === colour}
              aria-label={t(COLOUR_WORD[colour])}
              title={t(COLOUR_WORD[colour])}
              onClick={() => recolour(id, colour)}
            />
          ))}
        </span>
        <button type="button" className="highlight-popover-close" aria-label={t('hlClose')} title={t('hlClose')} onClick={() => close(true)}>
          ✕
        </button>
      </div>
      <textarea
        ref={note}
        data-testid="highlight-note"
        aria-label={t('hlNote')}
        placeholder={t('hlNotePlaceholder')}
        rows={3}
        value={highlight.note}
        onChange={(e) => setNote(id, e.target.value)}
      />
      <div className="highlight-popover-actions">
        <button type="button" onClick={copy}>
          {copied ? `✓ ${t('hlCopied')}` : t('hlCopy')}
        </button>
        <button type="button" data-testid="highlight-delete" onClick={del}>
          {t('hlDelete')}
        </button>
      </div>
    </div>
  );
}
