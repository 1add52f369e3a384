import type { Measure, Role } from '../fact';

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
}

export interface TruthRow {
  readonly at: number;
  readonly text: string;
  readonly subject: string;
  readonly measure: Measure;
  readonly date?: string;
  readonly role: Role;
}
