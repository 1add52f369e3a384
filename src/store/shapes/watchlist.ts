import * as v from 'valibot';
import { normaliseCode, stockKey } from '../../core/stocks/normalise';
import { migrateWatchlist } from '../../core/watchlist/migrate';
import { MARKETS, readEntries } from '../../core/watchlist/stored';
import { MAX_NOTE, type WatchEntries } from '../../core/watchlist/watch-entry';
import { record, type StoredShape } from './stored-shape';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const watchSource = v.object({
  pageId: v.string(),
  articleId: v.string(),
  title: v.string(),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** One watched stock, or the tombstone of one removed (`removedAt`): see `WatchEntry`. */
const watchEntry = v.pipe(
  v.object({
    code: v.string(),
    market: v.picklist(MARKETS),
    name: v.optional(v.string()),
    script: v.picklist(['hant', 'hans']),
    note: v.pipe(v.string(), v.maxLength(MAX_NOTE * 2)),
    rank: v.pipe(v.number(), v.finite()),
    addedAt: time,
    updatedAt: time,
    removedAt: v.optional(time),
    from: v.optional(watchSource),
  }),
  v.check((e) => normaliseCode(e.code, e.market) === e.code, 'the code is not in its normal form'),
);

/** Version 2: `{ entries }`, entries by stock key (`HK:00700`), tombstones included. */
export const watchlistSchema = v.object({
  entries: v.pipe(
    record(watchEntry),
    v.check((entries) => Object.entries(entries).every(([key, e]) => stockKey(e) === key), 'an entry is stored under another key'),
  ),
});

export interface WatchlistFacts {
  entries: WatchEntries;
}

export const WATCHLIST_SHAPE: StoredShape<WatchlistFacts> = {
  key: 'broadsheet-watchlist',
  area: 'localStorage',
  layout: 'whole',
  version: 2,
  schema: watchlistSchema,
  defaults: { entries: {} },
  upgrades: {
    /** Version 1 kept only the codes, in list order: see `migrateWatchlist`. */
    1: (state, now) => {
      const migrated = migrateWatchlist(state, 1, now);
      if (!migrated.ok) throw new Error('not a version-1 watchlist');
      return { state: migrated.data.state, dropped: migrated.data.rejected };
    },
  },
  /** A list with some bad entries keeps its good ones. */
  salvage: (state) => {
    const read = readEntries(state);
    return read && Object.keys(read.entries).length > 0 ? { entries: read.entries } : undefined;
  },
};
