import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, type KeyboardEvent } from 'react';
import { navigate } from '../../shared/router';
import { formatRoute, type Route } from '../../core/route';
import { stockKey } from '../../core/stocks/normalise';
import type { LibraryMention } from '../../core/watchlist/mentions';
import { MAX_NOTE, UNKNOWN_TIME, type WatchEntry, type WatchSource } from '../../core/watchlist/watch-entry';
import { useWatchlist } from '../../store/watchlist';
import { formatDateTime } from '../../shared/date-format';
import { useDisplay, useScript, useT } from '../../shared/script/useScript';
import { StockFigures } from '../series';
import { MARKET_LABEL } from './labels';
import { MentionList } from './MentionList';
import { StockHighlights } from './StockHighlights';
import type { Highlight } from '../../core/highlights';

interface Props {
  entry: WatchEntry;
  index: number;
  count: number;
  /** Undefined while the library's mentions are being listed. */
  mentions: readonly LibraryMention[] | undefined;
  /** The reader's highlights that mention the stock. */
  highlights: readonly Highlight[];
  onMove: (key: string, index: number) => void;
  onOpenMention: (() => void) | undefined;
}

/**
 * One watched stock: name, code, market, when and where it was added, the note, its mentions.
 * Its handle moves it (ReorderList: pointer, touch or keyboard); so do its ↑/↓ buttons and Alt+↑/↓.
 */
export function WatchItem({ entry, index, count, mentions, highlights, onMove, onOpenMention }: Props) {
  const t = useT();
  const display = useDisplay(entry.script);
  const script = useScript();
  const id = useId();
  const key = stockKey(entry);
  const name = entry.name ? display(entry.name) : entry.code;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: key, attributes: { roleDescription: t('wlSortable') } });

  // Alt+↑/↓ moves the focused item; inside the note the keys stay the text field's own.
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if (e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    onMove(key, index + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const moveButton = (delta: -1 | 1) => {
    const blocked = index + delta < 0 || index + delta >= count;
    return (
      <button
        type="button"
        className="wl-icon"
        aria-label={`${t(delta < 0 ? 'wlMoveUp' : 'wlMoveDown')}：${name}`}
        title={t(delta < 0 ? 'wlMoveUp' : 'wlMoveDown')}
        aria-disabled={blocked}
        onClick={() => !blocked && onMove(key, index + delta)}
      >
        {delta < 0 ? '↑' : '↓'}
      </button>
    );
  };

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      className={isDragging ? 'wl-item is-dragging' : 'wl-item'}
      data-testid="watchlist-item"
      data-stock-code={entry.code}
      data-stock-market={entry.market}
      tabIndex={0}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-hint`}
      onKeyDown={onKeyDown}
    >
      <div className="wl-item-head">
        <button
          type="button"
          className="wl-drag"
          ref={setActivatorNodeRef}
          aria-label={`${t('wlReorderHandle')}：${name}`}
          title={t('wlDragToReorder')}
          {...attributes}
          {...listeners}
        >
          ⠿
        </button>
        <h3 className="wl-name" id={`${id}-name`}>
          {name}
        </h3>
        <span className="wl-code">{entry.code}</span>
        <span className="wl-market">{t(MARKET_LABEL[entry.market])}</span>
        <span className="wl-tools">
          {moveButton(-1)}
          {moveButton(1)}
          <button type="button" className="wl-remove" aria-label={`${t('wlWatchRemove')}：${name}`} onClick={() => useWatchlist.getState().remove(key)}>
            {t('wlRemoveShort')}
          </button>
        </span>
      </div>
      <p className="wl-added">
        {entry.addedAt === UNKNOWN_TIME ? (
          t('wlWatchAddedUnknown')
        ) : (
          <>
            {t('wlWatchAdded')} <time dateTime={new Date(entry.addedAt).toISOString()}>{formatDateTime(entry.addedAt, script)}</time>
          </>
        )}
        {entry.from && (
          <>
            {' · '}
            {t('wlWatchFrom')}
            <a
              className="wl-from"
              href={formatRoute(fromRoute(entry.from))}
              onClick={(e) => {
                e.preventDefault();
                if (entry.from) navigate(fromRoute(entry.from));
                onOpenMention?.();
              }}
            >
              《{display(entry.from.title)}》
            </a>
          </>
        )}
      </p>
      <StockFigures subject={key} compact />
      <label className="wl-note">
        <span className="wl-note-label">{t('wlWatchNote')}</span>
        <textarea
          value={entry.note}
          rows={2}
          maxLength={MAX_NOTE}
          placeholder={t('wlWatchNotePlaceholder')}
          data-testid="watchlist-note"
          onChange={(e) => useWatchlist.getState().setNote(key, e.target.value)}
        />
      </label>
      <StockHighlights highlights={highlights} onOpen={onOpenMention} />
      <MentionList mentions={mentions} onOpen={onOpenMention} />
      <span className="wl-sr-only" id={`${id}-hint`}>
        {t('wlReorderHint')}
      </span>
    </li>
  );
}

function fromRoute({ pageId, articleId, at }: WatchSource): Route {
  return { pageId, articleId, at };
}
