import { lazy, Suspense, useId, useRef, useState } from 'react';
import { stockKey } from '../../core/stocks/normalise';
import type { StockMention } from '../../core/stocks/types';
import { isWatched } from '../../core/watchlist/entries';
import { useWatchlist } from '../../store/watchlist';
import '../watchlist/stock-card.css';

/** The card is its own chunk: a page full of marks costs nothing until one is opened. */
const StockCard = lazy(() => import('../watchlist/StockCard'));

/**
 * A recognised stock in the text: a button (so Enter and Space work) that opens the stock's card
 * beside it. The contract's `data-stock-*` attributes sit on the button, the element a reader
 * acts on. A watched stock is marked, so the reader sees it again in other articles.
 */
export function StockMark({ mention, text }: { mention: StockMention; text: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cardId = useId();
  const watched = useWatchlist((s) => isWatched(s.entries, stockKey(mention.stock)));
  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) button.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        ref={button}
        className={watched ? 'stock stock-watched' : 'stock'}
        data-stock-code={mention.stock.code}
        data-stock-market={mention.stock.market}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {text}
      </button>
      {open && (
        <Suspense fallback={null}>
          <StockCard id={cardId} mention={mention} anchor={button} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
