import { useState } from 'react';
import { navigate } from '../../shared/router';
import type { LibraryMention } from '../../core/watchlist/mentions';
import { useDisplay, useT } from '../../shared/script/useScript';

const FIRST = 3;

interface Props {
  /** Undefined while the library's mentions are being listed. */
  mentions: readonly LibraryMention[] | undefined;
  onOpen: (() => void) | undefined;
}

/** Every place the library mentions a stock, each its sentence; choosing one opens the reader there. */
export function MentionList({ mentions, onOpen }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (!mentions) return <p className="wl-mentions-none">{t('wlCounting')}</p>;
  if (mentions.length === 0) return <p className="wl-mentions-none">{t('wlWatchNoMentions')}</p>;
  const shown = all ? mentions : mentions.slice(0, FIRST);
  return (
    <div className="wl-mentions">
      <h4 className="wl-mentions-title">
        {t('wlWatchMentions')}（{mentions.length}）
      </h4>
      <ul>
        {shown.map((m) => (
          <li key={`${m.pageId}:${m.at}`}>
            <MentionButton mention={m} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {mentions.length > FIRST && (
        <button type="button" className="wl-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('wlWatchShowFewer') : `${t('wlWatchShowAll')}（${mentions.length}）`}
        </button>
      )}
    </div>
  );
}

function MentionButton({ mention, onOpen }: { mention: LibraryMention; onOpen: (() => void) | undefined }) {
  const display = useDisplay(mention.script);
  const t = useT();
  // Conversion keeps the length in code points, so the mark's offsets hold in either script.
  const chars = [...display(mention.sentence.text)];
  const { start, end } = mention.sentence.mark;
  return (
    <button
      type="button"
      className="wl-mention"
      data-testid="watchlist-mention"
      data-page-id={mention.pageId}
      data-at={mention.at}
      title={t('wlWatchJumpTo')}
      onClick={() => {
        navigate({ pageId: mention.pageId, articleId: mention.articleId, at: mention.at });
        onOpen?.();
      }}
    >
      <span className="wl-mention-where">{mention.articleTitle ? display(mention.articleTitle) : t('noHeadline')}</span>
      <span className="wl-mention-text">
        {mention.sentence.clippedStart && '…'}
        {chars.slice(0, start).join('')}
        <mark>{chars.slice(start, end).join('')}</mark>
        {chars.slice(end).join('')}
        {mention.sentence.clippedEnd && '…'}
      </span>
    </button>
  );
}
