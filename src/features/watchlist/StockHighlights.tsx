import type { Highlight } from '../../core/highlights';
import { pageScript } from '../../core/library/page-script';
import { navigate } from '../../shared/router';
import { useDisplay, useT } from '../../shared/script/useScript';
import { useLibrary } from '../../store/library';

interface Props {
  highlights: readonly Highlight[];
  onOpen: (() => void) | undefined;
}

/** The reader's highlights that mention a stock, under it in the watchlist: each opens its passage (`?h=`). */
export function StockHighlights({ highlights, onOpen }: Props) {
  const t = useT();
  if (highlights.length === 0) return null;
  return (
    <div className="wl-mentions wl-highlights">
      <h4 className="wl-mentions-title">
        {t('wlWatchHighlights')}（{highlights.length}）
      </h4>
      <ul>
        {highlights.map((h) => (
          <li key={h.id}>
            <HighlightButton highlight={h} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function HighlightButton({ highlight, onOpen }: { highlight: Highlight; onOpen: (() => void) | undefined }) {
  const t = useT();
  const page = useLibrary((s) => (s.sample?.id === highlight.pageId ? s.sample : s.pages[highlight.pageId]));
  const display = useDisplay(page ? pageScript(page.source) : 'hant');
  return (
    <button
      type="button"
      className={`wl-mention wl-highlight hl-${highlight.colour}`}
      data-testid="watchlist-highlight"
      data-highlight-id={highlight.id}
      data-page-id={highlight.pageId}
      title={t('wlWatchJumpTo')}
      onClick={() => {
        navigate({ pageId: highlight.pageId, highlight: highlight.id });
        onOpen?.();
      }}
    >
      {page && <span className="wl-mention-where">{display(page.title)}</span>}
      <span className="wl-mention-text">
        <mark>{display(highlight.selector.exact)}</mark>
      </span>
      {highlight.note && <span className="wl-highlight-note">{highlight.note}</span>}
    </button>
  );
}
