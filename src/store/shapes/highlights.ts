import * as v from 'valibot';
import { HIGHLIGHT_COLOURS } from '../../core/highlights/highlight';
import { record, type StoredShape } from './stored-shape';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.finite());

/** A highlight's place in its page's original text: offsets, and the quote with its context (W3C selectors). */
const selector = v.pipe(
  v.object({
    start: offset,
    end: offset,
    exact: v.pipe(v.string(), v.nonEmpty()),
    prefix: v.string(),
    suffix: v.string(),
  }),
  v.check((s) => s.end > s.start, 'a highlight ends before it starts'),
);

const highlight = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/)),
  pageId: v.pipe(v.string(), v.nonEmpty()),
  colour: v.picklist(HIGHLIGHT_COLOURS),
  note: v.string(),
  selector,
  createdAt: time,
  editedAt: time,
});

/** The reader's highlights and notes, by id, each naming its page. */
export const highlightsSchema = v.pipe(
  v.object({ highlights: record(highlight) }),
  v.check((s) => Object.entries(s.highlights).every(([id, h]) => h.id === id), 'a highlight is stored under another id'),
);

export type HighlightsFacts = v.InferOutput<typeof highlightsSchema>;

export const HIGHLIGHTS_SHAPE: StoredShape<HighlightsFacts> = {
  key: 'broadsheet-highlights',
  area: 'indexedDB',
  layout: 'whole',
  version: 1,
  schema: highlightsSchema,
  defaults: { highlights: {} },
  upgrades: {},
  // One damaged highlight does not cost the others.
  salvage: (state) => {
    const found = (state as { highlights?: unknown } | null)?.highlights;
    if (!found || typeof found !== 'object' || Array.isArray(found)) return undefined;
    const good = Object.entries(found).filter(([id, h]) => v.is(highlight, h) && h.id === id);
    return { highlights: Object.fromEntries(good) };
  },
};
