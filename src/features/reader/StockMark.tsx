import type { StockMention } from '../../core/stocks';

/** A recognised stock in the text. The watchlist issue gives it a card; here it is marked. */
export function StockMark({ mention, text }: { mention: StockMention; text: string }) {
  return (
    <span className="stock" data-stock-code={mention.stock.code} data-stock-market={mention.stock.market}>
      {text}
    </span>
  );
}
