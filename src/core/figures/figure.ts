import type { Span } from '../span';

/** What a figure counts: a currency, index or price points, a share, a multiple, or things with a measure word. */
export type FigureUnit =
  | 'USD'
  | 'HKD'
  | 'CNY'
  | 'EUR'
  | 'JPY'
  | 'GBP'
  | 'TWD'
  | 'KRW'
  /** The Macau pataca: 澳門元, 澳门元, 葡幣, MOP. */
  | 'MOP'
  | 'points'
  /** Points of a price (a bond's, as a share of par): 跌8個點. */
  | 'pricePoints'
  /** A multiple: 市盈率14倍, 超額認購1,200倍, PB 0.8x. */
  | 'x'
  | 'percent'
  | 'percentagePoints'
  | 'count';

/** How the text hedges a figure: 逾 → over, 近 → nearly, 約 → about, 3000多億 → moreThan … */
export type Qualifier = 'over' | 'nearly' | 'about' | 'atLeast' | 'atMost' | 'moreThan' | 'exact';

/** The two currencies a bare 元 (or a bare `$`) can mean on the pages Broadsheet reads. */
export type YuanCurrency = 'HKD' | 'CNY';

/** A number the text cites, normalised. */
export interface Figure {
  /** Code points into the input text, covering qualifier, number, unit and any range. */
  span: Span;
  /** Fully multiplied out (3000億美元 → 300000000000); percentages as written (28% → 28, 一成五 → 15). */
  value: number;
  /** The other end of a range (-110億元至-135億元, 五六百). */
  valueTo?: number;
  unit: FigureUnit;
  /** For counts: 款, 股, 只, 個 … */
  measureWord?: string;
  /** A price per something: 2.75港元/股 → '股'. */
  perUnit?: string;
  qualifier: Qualifier;
  /** 各 / 各自: the amount applies to each of several items named in the clause. */
  each?: boolean;
  /**
   * A move, not a level: the clause says the amount rose or fell by it (單日升40美元, 跌300點,
   * 較上日高40美元). Amounts, points and counts that move are charted apart from levels of the
   * same unit; a rate that fell stays on the chart of rates, below zero.
   */
  move?: 'up' | 'down';
  /**
   * The text says the amount was lost (虧損118億元, 淨虧2.3億美元): the value is the amount as
   * written, and the chart puts it below zero, beside what was earned.
   */
  loss?: true;
  /**
   * An exchange rate: the pair the clause names (美元兌港元7.8 → USD per HKD); `unit` is the
   * quote currency and `perUnit` the base's name (7.8港元/美元).
   */
  fx?: { base: string; quote: string };
  /** What the figure measures, from its own clause (估值, 金價, 恒指 …); may be empty. */
  label: string;
  /** A date the sentence ties the figure to: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date?: string;
  /** The source text of the span. */
  text: string;
}
