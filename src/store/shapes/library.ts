import * as v from 'valibot';
import { record, type StoredShape, type Upgraded } from './stored-shape';

/** The built-in sample page's id: never among the stored pages, but its corrections and date are stored. */
export const SAMPLE_PAGE_ID = 'sample';

/** A page kept in the library. The source is the original text, never a converted copy. */
const storedPage = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  title: v.string(),
  source: v.string(),
  addedAt: v.pipe(v.number(), v.finite()),
  /** How an imported file was decoded (absent for pasted text and the sample). */
  encoding: v.optional(v.string()),
});

const correction = v.variant('kind', [
  v.object({ kind: v.literal('split'), blockId: v.string() }),
  v.object({ kind: v.literal('merge'), articleId: v.string() }),
]);

/** A calendar day, YYYY-MM-DD. */
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Epoch ms. */
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * The library: imported pages by id (the sample is built in, never stored), each page's
 * segmentation corrections, oldest first, the dates the reader gave pages (the sample's too;
 * absent in libraries written before there were any), and when the reader last changed each
 * page's entry (its title, text, corrections or date), by page id: restoring a backup keeps the
 * later of two edits.
 */
export const librarySchema = v.pipe(
  v.object({
    pages: record(storedPage),
    corrections: record(v.array(correction)),
    dates: v.optional(record(day)),
    edited: record(time),
  }),
  v.check((s) => Object.entries(s.pages).every(([id, page]) => page.id === id), 'a page is stored under another id'),
);

export type LibraryFacts = v.InferOutput<typeof librarySchema>;
export type StoredPage = LibraryFacts['pages'][string];

export const LIBRARY_SHAPE: StoredShape<LibraryFacts> = {
  key: 'broadsheet-library',
  area: 'indexedDB',
  layout: 'paged',
  version: 2,
  schema: librarySchema,
  defaults: { pages: {}, corrections: {}, edited: {} },
  upgrades: {
    // Version 1 kept no edit times: a page was last changed when it was added, as far as anyone knows;
    // the sample's corrections and date at an unknown time (0), so any later edit wins over them.
    1: (state): Upgraded => {
      if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error('not an object');
      const { pages, corrections, dates } = state as { pages?: unknown; corrections?: unknown; dates?: unknown };
      const edited: Record<string, number> = {};
      for (const id of [...keysOf(corrections), ...keysOf(dates)]) edited[id] = 0;
      for (const [id, page] of Object.entries(isObject(pages) ? pages : {})) {
        const addedAt = isObject(page) ? page.addedAt : undefined;
        edited[id] = typeof addedAt === 'number' && Number.isFinite(addedAt) && addedAt >= 0 ? addedAt : 0;
      }
      return { state: { ...state, edited }, dropped: 0 };
    },
  },
};

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const keysOf = (x: unknown) => (isObject(x) ? Object.keys(x) : []);
