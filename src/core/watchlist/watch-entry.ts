import type { Script } from '../script/detect-script';
import type { Market } from '../stocks/stock-mention';

/**
 * The article a stock was added from, as it was then. The headline is kept rather than looked up,
 * because pages can be deleted and articles re-segmented; the entry still says where it came from.
 */
export interface WatchSource {
  readonly pageId: string;
  readonly articleId: string;
  /** The headline as written on the page (in the entry's `script`). */
  readonly title: string;
  /** Code-point offset of the mention in the page source. */
  readonly at: number;
}

/**
 * One watched stock, or the tombstone of one that was removed. Every change stamps `updatedAt`, and
 * a removal keeps the entry with `removedAt`, so two tabs' lists can be merged entry by entry
 * (the later change wins) without a removal in one tab being undone by the other's older copy.
 */
export interface WatchEntry {
  /** Normalised: `00700`, `600519`, `NVDA` (see `normaliseCode`). */
  readonly code: string;
  readonly market: Market;
  /** The company name as written where it was added (in `script`); absent when only a code was seen. */
  readonly name?: string;
  /** The script `name` and `from.title` are written in, so they can be shown in either script. */
  readonly script: Script;
  /** The reader's own note. */
  readonly note: string;
  /** Position in the list: entries sort by rank; a move gives the moved entry a rank between its new neighbours. */
  readonly rank: number;
  /** Epoch ms; `UNKNOWN_TIME` when the stock came from a version that did not record it. */
  readonly addedAt: number;
  /** Epoch ms of the last change (including removal): the later one wins a merge. */
  readonly updatedAt: number;
  /** Set when removed: the entry is a tombstone and not shown. */
  readonly removedAt?: number;
  readonly from?: WatchSource;
}

/** Entries by `stockKey` (`HK:00700`), tombstones included. */
export type WatchEntries = Readonly<Record<string, WatchEntry>>;

/** `addedAt` for entries migrated from version 1, which kept no times: shown as "unknown", not as 1970. */
export const UNKNOWN_TIME = 0;

/** A note longer than this is cut (a note is a few lines, not a document; storage is small). */
export const MAX_NOTE = 5000;

/** A stock being added: from a mention in the text, or from an imported file. */
export interface NewWatch {
  readonly code: string;
  readonly market: Market;
  readonly name?: string;
  readonly script: Script;
  readonly note?: string;
  readonly addedAt?: number;
  readonly from?: WatchSource;
}
