import { lazy } from 'react';
// The card's styles come with the entry, so a card opened from the text is styled at once.
import './stock-card.css';

/** The watchlist's public entry: its pane, and the stock card a stock in the text opens. */
export { WatchlistPane } from './WatchlistPane';

/** The card is its own chunk: a page full of stock marks costs nothing until one is opened. */
export const StockCard = lazy(() => import('./StockCard'));
