import * as v from 'valibot';
import { record, type StoredShape } from './stored-shape';

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

/** The library: imported pages by id (the sample is built in, never stored) and each page's segmentation corrections, oldest first. */
export const librarySchema = v.pipe(
  v.object({
    pages: record(storedPage),
    corrections: record(v.array(correction)),
  }),
  v.check((s) => Object.entries(s.pages).every(([id, page]) => page.id === id), 'a page is stored under another id'),
);

export type LibraryFacts = v.InferOutput<typeof librarySchema>;
export type StoredPage = LibraryFacts['pages'][string];

export const LIBRARY_SHAPE: StoredShape<LibraryFacts> = {
  key: 'broadsheet-library',
  area: 'indexedDB',
  layout: 'paged',
  version: 1,
  schema: librarySchema,
  defaults: { pages: {}, corrections: {} },
  upgrades: {},
};
