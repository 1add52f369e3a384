import { useDismiss, useInteractions } from '@floating-ui/react';
import { useEffect, useRef, type FocusEvent } from 'react';
import { keepsPopovers, useAnchoredPopover } from '../../shared/popover';
import { useRoute } from '../../shared/router';
import { articleName } from '../../core/page/text';
import { stockKey } from '../../core/stocks/normalise';
import { quoteUrl } from '../../core/stocks/quote-url';
import type { StockMention } from '../../core/stocks/stock-mention';
import { isWatched } from '../../core/watchlist/entries';
import { articleAt } from '../../core/watchlist/mentions';
import { SAMPLE_PAGE_ID } from '../../store/library';
import { useWatchlist } from '../../store/watchlist';
import { usePageView } from '../../shared/page/usePageView';
import { PHONE_QUERY, useMediaQuery } from '../../shared/useMediaQuery';
import { useDisplay, useT } from '../../shared/script/useScript';
import { StockFigures } from '../series';
import { MARKET_LABEL } from './labels';
import { useLibraryMentions } from './useLibraryMentions';
import './stock-card.css';

interface Props {
  id: string;
  mention: StockMention;
  /** The mention it belongs to: the card sits beside it, and a press on it is not outside the card. */
  anchor: HTMLElement;
  onClose: (restoreFocus: boolean) => void;
}

/**
 * The card a stock mention opens: name, code, market, how often the library mentions it, a
 * button to watch or unwatch it, and the exchange's public quote page (opened by the browser in
 * a new tab; the app itself fetches nothing). Made of spans, since it sits inside the paragraph
 * beside its mention and so keeps the tab order; fixed positioning lifts it out of the text.
 * On a phone it is a bottom sheet across the screen, above the tab bar, the mention scrolled into
 * sight above it. A non-modal dialog: it closes on Escape (focus goes back to the mention), a press outside it,
 * or focus moving elsewhere (Tab past its last control).
 */
export default function StockCard({ id, mention, anchor, onClose }: Props) {
  const t = useT();
  const view = usePageView(useRoute().pageId ?? SAMPLE_PAGE_ID);
  const display = useDisplay(view?.sourceScript ?? 'hant');
  const key = stockKey(mention.stock);
  const watched = useWatchlist((s) => isWatched(s.entries, key));
  const storedName = useWatchlist((s) => s.entries[key]?.name);
  const mentions = useLibraryMentions()?.get(key);
  // On a phone, a bottom sheet above the tab bar: beside its mention, a card covered the lines
  // and controls around it (a subhead's split button at 320 px); the mention is kept in sight.
  const sheet = useMediaQuery(PHONE_QUERY);
  const { attach, style, context, isPositioned } = useAnchoredPopover(anchor, { gap: 6, sheet, onClose: (reason) => onClose(reason === 'escape-key') });
  const dismiss = useDismiss(context, { outsidePress: (e) => !keepsPopovers(e.target) });
  const { getFloatingProps } = useInteractions([dismiss]);
  const toggle = useRef<HTMLButtonElement>(null);
  // Once placed: a card still hidden while it is measured can't take focus.
  useEffect(() => {
    if (isPositioned) toggle.current?.focus({ preventScroll: true });
  }, [isPositioned]);
  const onBlur = (e: FocusEvent) => {
    const next = e.relatedTarget;
    if (next instanceof Node && !e.currentTarget.contains(next) && !anchor.contains(next) && !keepsPopovers(next)) onClose(false);
  };

  const name = mention.name ?? mentions?.find((m) => m.name)?.name ?? storedName;
  const onToggle = () => {
    const { add, remove } = useWatchlist.getState();
    if (watched) return remove(key);
    const article = view ? articleAt(view.page.articles, mention.span.start) : undefined;
    add({
      ...mention.stock,
      ...(name ? { name } : {}),
      script: view?.sourceScript ?? 'hant',
      ...(view && article
        ? { from: { pageId: view.pageId, articleId: article.id, title: articleName(view.page.source, article), at: mention.span.start } }
        : {}),
    });
  };

  return (
    <span
      className={sheet ? 'stock-card stock-card-sheet' : 'stock-card'}
      id={id}
      ref={attach}
      style={style}
      role="dialog"
      aria-labelledby={`${id}-name`}
      data-testid="stock-card"
      {...getFloatingProps({ onBlur })}
    >
      <span className="stock-card-head">
        <span className="stock-card-name" id={`${id}-name`}>
          {name ? display(name) : mention.stock.code}
        </span>
        {watched && <span className="stock-card-watched">★ {t('wlWatching')}</span>}
        <button type="button" className="stock-card-close" aria-label={t('wlCloseCard')} onClick={() => onClose(true)}>
          ✕
        </button>
      </span>
      <span className="stock-card-facts">
        <span>
          {t('wlStockCode')} <b className="stock-card-code">{mention.stock.code}</b>
        </span>
        <span>
          {t('wlStockMarket')} {t(MARKET_LABEL[mention.stock.market])}
        </span>
        <span className="stock-card-count" data-testid="stock-card-count">
          {mentions ? `${t('wlLibraryMentionCount')} ${mentions.length} ${t('wlTimesSuffix')}` : t('wlCounting')}
        </span>
      </span>
      <StockFigures subject={key} />
      <span className="stock-card-actions">
        <button type="button" ref={toggle} data-testid="watch-toggle" className={watched ? 'watch-toggle on' : 'watch-toggle'} onClick={onToggle}>
          {watched ? t('wlWatchRemove') : t('wlWatchAdd')}
        </button>
        <a className="stock-card-quote" href={quoteUrl(mention.stock, mention.exchange)} target="_blank" rel="noopener noreferrer">
          {t('wlQuotePage')} ↗<span className="wl-sr-only">{t('wlOpensNewTab')}</span>
        </a>
      </span>
      <span className="wl-sr-only" role="status">
        {watched ? t('wlWatching') : ''}
      </span>
    </span>
  );
}
