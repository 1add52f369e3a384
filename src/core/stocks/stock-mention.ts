import type { Span } from '../span';

/**
 * Where a stock trades: Hong Kong, Shanghai, Shenzhen, Beijing, a United States exchange, Tokyo,
 * Seoul (KOSPI and KOSDAQ) or Taipei (TWSE and TPEx).
 */
export type Market = 'HK' | 'SH' | 'SZ' | 'BJ' | 'US' | 'JP' | 'KR' | 'TW';

/**
 * A listed security, normalised: five digits for Hong Kong (`00700`), six for Shanghai, Shenzhen,
 * Beijing (`835185`) and Seoul (`005930`), the upper-case ticker for the United States (`NVDA`,
 * `BRK.B`), four characters for Tokyo (`7203`), four to six digits as written for Taipei (`2330`,
 * `0050`, `00878`).
 */
export interface StockRef {
  readonly code: string;
  readonly market: Market;
}

/** One place the page names a stock. Spans are code points into the text that was scanned. */
export interface StockMention {
  /**
   * The clickable text: the name and the code when they sit together (`騰訊 (00700)`, brackets
   * and a surrounding cashtag `$…$` included), just the code when no name is beside it, just the
   * name for an alias mention.
   */
  readonly span: Span;
  readonly stock: StockRef;
  /** The company name as written beside the code (`騰訊控股`, `*ST海航`, `小米集團-W`). */
  readonly name?: string;
  /**
   * The code as written with any market marker glued to it (`00215.HK`, `SH600519`, `７００`),
   * without brackets or a label such as `NASDAQ:` or `股份代號：`. Absent for aliases.
   */
  readonly codeSpan?: Span;
  /** `code`: a code is written here; `alias`: a bare mention of a name the page ties to a code. */
  readonly via: 'code' | 'alias';
  /** For US codes written with an exchange label (`NASDAQ`, `NYSE`, `AMEX`): that exchange. */
  readonly exchange?: string;
}
