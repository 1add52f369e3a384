import { Suspense, useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { stockKey } from '../../core/stocks/normalise';
import type { StockMention } from '../../core/stocks/stock-mention';
import { isWatched } from '../../core/watchlist/entries';
import { useWatchlist } from '../../store/watchlist';
import { StockCard } from '../watchlist';

/**
 * A recognised stock in the text: an inline element with the button role (Enter and Space work)
 * that opens the stock's card beside it. Not a `<button>`: that is an atomic inline box, which
 * never breaks across lines, so a long name (騰訊控股（00700）) moved whole to the next line and
 * left a justified line before it spaced out. The contract's `data-stock-*` attributes sit on
 * it, the element a reader acts on. A watched stock is marked, so the reader sees it again in
 * other articles.
 */
export function StockMark({ mention, text }: { mention: StockMention; text: ReactNode }) {
  const [open, setOpen] = useState(false);
  // The mark the card sits beside, kept when it opens (not on every mount).
  const [mark, setMark] = useState<HTMLSpanElement | null>(null);
  const cardId = useId();
  const watched = useWatchlist((s) => isWatched(s.entries, stockKey(mention.stock)));
  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) mark?.focus();
  };
  const toggle = (e: SyntheticEvent<HTMLSpanElement>) => {
    setMark(e.currentTarget);
    setOpen((o) => !o);
  };
  return (
    <>
      <span
        role="button"
        tabIndex={0}
        className={watched ? 'stock stock-watched' : 'stock'}
        data-stock-code={mention.stock.code}
        data-stock-market={mention.stock.market}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        onClick={toggle}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault(); // Space would scroll the page
          toggle(e);
        }}
      >
        {text}
      </span>
      {open && mark && (
        <Suspense fallback={null}>
          <StockCard id={cardId} mention={mention} anchor={mark} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
