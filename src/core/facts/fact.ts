/**
 * What a cited figure is: about what (subject), measuring what (measure), when, and whether it is
 * what happened, what was expected, or the value before (role).
 */

/** What is measured. */
export type Measure =
  | 'level'
  | 'price'
  | 'change'
  | 'change-percent'
  | 'target-price'
  | 'turnover'
  | 'market-cap'
  | 'valuation'
  | 'revenue'
  | 'profit'
  | 'rate'
  | 'yield'
  | 'flow'
  | 'probability'
  | 'count'
  | 'stake'
  | 'other';

/** For a level or a price: a close (收報), a high or low (創新高, 曾跌至), a threshold (失守, 重上, 大關), a target. */
export type LevelKind = 'close' | 'high' | 'low' | 'threshold' | 'target';

export type Role = 'actual' | 'expected' | 'prior';

/** What kind of thing the subject is. */
export type SubjectKind = 'stock' | 'index' | 'commodity' | 'currency' | 'economy' | 'company' | 'other';

export interface FigureFact {
  /**
   * `HK:00700`, `SH:600519`, `US:NVDA` for a listed company; `index:HSI` for an index; else a
   * stable slug (`gold`, `us-gdp`, `openai`, or the name as the page writes it).
   */
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  /** The subject's name as the text gives it (`騰訊`, `恒指`, `金價` → `黃金` …). */
  readonly subjectName: string;
  readonly measure: Measure;
  readonly kind?: LevelKind;
  /** Who set a target price or made a forecast (`花旗`, `大行`), where the clause names one. */
  readonly setBy?: string;
  /**
   * When: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a quarter `YYYY-Qn`, a half `YYYY-Hn`, an ISO week
   * `YYYY-Www`, or an interval `YYYY-MM-DD/YYYY-MM-DD` (a lunar year: 龍年).
   */
  readonly date?: string;
  readonly role: Role;
  /** A part of a stated whole (其中ChatGPT收入為500億美元 → `ChatGPT`). */
  readonly part?: string;
}
