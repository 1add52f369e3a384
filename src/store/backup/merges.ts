import type { Highlight } from '../../core/highlights/highlight';
import type { WatchEntry } from '../../core/watchlist/watch-entry';
import { STORED_SHAPES, type ChartChoicesFacts, type HighlightsFacts, type LibraryFacts, type PrefsFacts, type WatchlistFacts } from '../shapes';
import { Counter, same, type RestoreContext, type ShapeMerges } from './merge';

/**
 * Each stored shape's restore rule (see `planRestore` in ./merge.ts for the rules they keep).
 * A shape added to `STORED_SHAPES` must be added here too, or this does not compile.
 */
export const BACKUP_MERGES: ShapeMerges = {
  library: { merge: mergeLibrary },
  chartChoices: { merge: mergeChartChoices },
  watchlist: { merge: mergeWatchlist },
  prefs: { merge: mergePrefs },
  highlights: { merge: mergeHighlights },
};

/**
 * Pages: one not here by its text is added (with its corrections and date). A page here already,
 * or the sample, takes the backup's title, corrections and date only if the backup's entry was
 * edited later than this one (`edited`), or this one was never edited at all.
 */
function mergeLibrary(current: LibraryFacts, incoming: LibraryFacts, ctx: RestoreContext) {
  const count = new Counter();
  const pages = { ...current.pages };
  const corrections = { ...current.corrections };
  const dates = { ...current.dates };
  const edited = { ...current.edited };
  const keys = new Set([...Object.keys(incoming.pages), ...Object.keys(incoming.corrections), ...Object.keys(incoming.dates ?? {}), ...Object.keys(incoming.edited)]);
  for (const key of keys) {
    const id = ctx.pageId(key);
    if (id === undefined) continue;
    const page = incoming.pages[key];
    // Against what the merge holds so far: two pages of the backup may be one page here.
    const here = pages[id];
    const added = page !== undefined && here === undefined;
    const when = incoming.edited[key];
    // An entry here: a page, or the sample with corrections or a date (else the backup's just comes in).
    const exists = here !== undefined || edited[id] !== undefined || id in corrections || id in dates;
    if (exists && !added && (when ?? 0) <= (edited[id] ?? 0)) continue;
    let changed = false;
    if (added) {
      pages[id] = { ...page, id };
      count.add('pages');
    } else if (page && here && page.title !== here.title) {
      pages[id] = { ...here, title: page.title };
      changed = true;
    }
    const theirs = incoming.corrections[key];
    if (theirs && !same(theirs, corrections[id])) {
      const mine = new Set((corrections[id] ?? []).map((c) => JSON.stringify(c)));
      count.add('corrections', theirs.filter((c) => !mine.has(JSON.stringify(c))).length);
      corrections[id] = theirs;
      changed = true;
    }
    const date = incoming.dates?.[key];
    if (date !== undefined && date !== dates[id]) {
      count.add('dates');
      dates[id] = date;
      changed = true;
    }
    if (when !== undefined) edited[id] = when;
    if (changed && exists) count.add('updated');
  }
  const hasDates = current.dates !== undefined || incoming.dates !== undefined;
  if (!count.any && same(edited, current.edited) && hasDates === (current.dates !== undefined)) return { state: current, tally: {} };
  return { state: { pages, corrections, ...(hasDates ? { dates } : {}), edited }, tally: count.tally };
}

/** A page's chart choices: added if it has none here, else the later edit's. */
function mergeChartChoices(current: ChartChoicesFacts, incoming: ChartChoicesFacts, ctx: RestoreContext) {
  const count = new Counter();
  const choices = { ...current.choices };
  const edited = { ...current.edited };
  for (const [key, theirs] of Object.entries(incoming.choices)) {
    const id = ctx.pageId(key);
    if (id === undefined) continue;
    // Against what the merge holds so far: two pages of the backup may be one page here.
    const mine = choices[id];
    const when = incoming.edited[key] ?? 0;
    if (mine !== undefined && when <= (edited[id] ?? 0)) continue;
    if (!same(mine, theirs)) count.add('chartChoices');
    choices[id] = theirs;
    edited[id] = when;
  }
  if (!count.any && same(edited, current.edited)) return { state: current, tally: {} };
  return { state: { choices, edited }, tally: count.tally };
}

/**
 * Watched stocks by stock: one not here is added; one here takes the backup's entry if that was
 * changed later. A removal in the backup never removes a stock watched here (it is kept only
 * where it hides nothing: over no entry, or over an older removal).
 */
function mergeWatchlist(current: WatchlistFacts, incoming: WatchlistFacts, ctx: RestoreContext) {
  const count = new Counter();
  const entries: Record<string, WatchEntry> = { ...current.entries };
  for (const [key, entry] of Object.entries(incoming.entries)) {
    const mine = current.entries[key];
    const theirs: WatchEntry = entry.from ? { ...entry, from: { ...entry.from, pageId: ctx.pageId(entry.from.pageId) ?? entry.from.pageId } } : entry;
    const removed = theirs.removedAt !== undefined;
    if (mine) {
      if (theirs.updatedAt <= mine.updatedAt) continue;
      if (removed && mine.removedAt === undefined) continue;
    }
    const wasShown = mine !== undefined && mine.removedAt === undefined;
    if (same(mine, theirs)) continue;
    entries[key] = theirs;
    if (removed) continue;
    if (!wasShown) count.add('stocks');
    if (theirs.note !== '' && theirs.note !== (wasShown ? mine.note : '')) count.add('notes');
    else if (wasShown) count.add('updated');
  }
  if (same(entries, current.entries)) return { state: current, tally: {} };
  return { state: { entries }, tally: count.tally };
}

/** The settings, as a whole: the backup's if they were changed later, or these were never changed. */
function mergePrefs(current: PrefsFacts, incoming: PrefsFacts) {
  const untouched = same(current, STORED_SHAPES.prefs.defaults);
  if ((!untouched && incoming.updatedAt <= current.updatedAt) || same(current, incoming)) return { state: current, tally: {} };
  return { state: incoming, tally: { settings: 1 } };
}

/**
 * Highlights by id, each following its page to its id here: one not here is added; one here (the
 * same page, place and creation) takes the backup's note and colour if they were edited later.
 * Another highlight under an id taken here comes in under `<id>-2` (`-3`, …), the same each time.
 */
function mergeHighlights(current: HighlightsFacts, incoming: HighlightsFacts, ctx: RestoreContext) {
  const count = new Counter();
  const highlights: Record<string, Highlight> = { ...current.highlights };
  for (const [id, highlight] of Object.entries(incoming.highlights)) {
    const theirs: Highlight = { ...highlight, pageId: ctx.pageId(highlight.pageId) ?? highlight.pageId };
    const isSame = (h: Highlight) => h.pageId === theirs.pageId && h.createdAt === theirs.createdAt && same(h.selector, theirs.selector);
    let at = id;
    for (let n = 2; highlights[at] !== undefined && !isSame(highlights[at]!); n++) at = `${id.slice(0, 32)}-${n}`;
    const mine = highlights[at];
    if (mine && (theirs.editedAt <= mine.editedAt || same(mine, { ...theirs, id: at }))) continue;
    highlights[at] = { ...theirs, id: at };
    if (!mine) count.add('highlights');
    if (theirs.note !== '' && theirs.note !== (mine?.note ?? '')) count.add('notes');
    else if (mine) count.add('updated');
  }
  if (same(highlights, current.highlights)) return { state: current, tally: {} };
  return { state: { highlights }, tally: count.tally };
}
