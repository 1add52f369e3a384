import { useContext, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { highlightPieces, type Placed } from '../../core/highlights';
import type { HighlightColour } from '../../core/highlights';
import { HighlightsInText, openHighlight } from './highlight-ui';

/**
 * The text from `from` to `to` (page-source offsets) of a line shown as `chars` from `base`, with
 * the highlights over it as `<mark>` segments: a highlight crossing a figure or a stock is cut at
 * its edges, so those marks stay whole and the highlight is drawn in pieces inside and beside
 * them. The segment where a highlight starts is its one Tab stop. Text nodes only, never HTML.
 */
export function useHighlighted(): (chars: readonly string[], base: number, from: number, to: number) => ReactNode[] {
  const placed = useContext(HighlightsInText);
  return (chars, base, from, to) => renderHighlighted(placed, chars, base, from, to);
}

function renderHighlighted(placed: readonly Placed<HighlightColour>[], chars: readonly string[], base: number, from: number, to: number): ReactNode[] {
  const text = (a: number, b: number) => chars.slice(a - base, b - base).join('');
  if (placed.length === 0) return [text(from, to)];
  return highlightPieces({ start: from, end: to }, placed).map(({ span, highlight }) =>
    highlight ? (
      <HighlightMark key={`m${span.start}`} highlight={highlight} first={span.start === highlight.tabAt}>
        {text(span.start, span.end)}
      </HighlightMark>
    ) : (
      text(span.start, span.end)
    ),
  );
}

function HighlightMark({ highlight, first, children }: { highlight: Placed<HighlightColour>; first: boolean; children: ReactNode }) {
  const open = (e: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
    // Selecting across a highlight is reading (or making another), not opening it.
    if (window.getSelection()?.isCollapsed === false) return;
    e.stopPropagation();
    e.preventDefault();
    const marks = document.querySelectorAll<HTMLElement>(`[data-highlight-id="${CSS.escape(highlight.id)}"]`);
    openHighlight(highlight.id, first ? e.currentTarget : (marks[0] ?? e.currentTarget));
  };
  return (
    <mark
      className={`highlight hl-${highlight.colour}`}
      data-testid="highlight"
      data-highlight-id={highlight.id}
      {...(first ? { tabIndex: 0, role: 'button', 'aria-haspopup': 'dialog' as const } : {})}
      onClick={open}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) open(e);
      }}
    >
      {children}
    </mark>
  );
}
