import type { Measure, Role } from '../fact';

/**
 * A chart an editor would draw of an article: its kind, measure and subjects, and its points, each
 * named by the offsets (`at`) of the figures that state it (a fact cited twice is one point).
 */
export interface ChartTruth {
  readonly kind: 'series' | 'compare' | 'parts';
  readonly measure: Measure;
  readonly subjects: readonly string[];
  readonly points: readonly (readonly number[])[];
}

/**
 * What an editor would make of one article's figures: its charts, and its key figures (a figure
 * with nothing comparable beside it), each named by its figure's offset and those of the figures
 * linked to it (a repeat, a threshold the same close passed, the moves the text gives beside it).
 */
export interface ArticleTruth {
  /** The start of the article's headline. */
  readonly headline: string;
  readonly charts: readonly ChartTruth[];
  readonly keyFigures: readonly (readonly number[])[];
}

/**
 * A hand-made truth of one page's facts, written by reading the page: for every figure Broadsheet
 * marks (found by its offset in code points and its text), what it is about, what it measures,
 * when, and in what role. A missing `date` means the text gives or implies none.
 */
export interface FactTruth {
  /** The page file: `seed` is the sample page in the repo; the others are in ../shared/samples. */
  readonly page: string;
  /** The date the page is read against (its dateline, else the day it was published). */
  readonly pageDate: string;
  readonly figures: readonly TruthRow[];
  /** The charts and key figures of each article that has figures. */
  readonly articles?: readonly ArticleTruth[];
}

export interface TruthRow {
  readonly at: number;
  readonly text: string;
  readonly subject: string;
  readonly measure: Measure;
  readonly date?: string;
  readonly role: Role;
}
