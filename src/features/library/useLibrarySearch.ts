import { useEffect, useMemo, useState } from 'react';
import { isAbort, runInTasks } from '../../shared/tasks';
import { useHighlights } from '../../store/highlights';
import { allPages, useLibrary } from '../../store/library';
import { ensureHk2s } from '../../shared/script/converters';
import { shownAnswer, type Answer } from '../../core/search/shown-answer';
import type { Engine, SearchablePage, SearchResult } from './search-engine';

/** Hits listed at most; the count says how many more there are. */
export const SHOWN_HITS = 50;

let generation = 0;

/**
 * The library's search engine, built once `wanted` (the search box was focused or typed in) and
 * rebuilt whenever the library's pages change — their texts, titles or corrections (pages already
 * derived are kept, so that costs little). The reader's highlights and notes are added to it
 * apart, once they have stopped changing for a moment: a note typed rebuilds only the
 * highlights' index, once, not the engine at every key. Until the first build is done, `engine`
 * is undefined; a rebuild keeps the previous engine answering.
 */
export function useSearchEngine(wanted: boolean): Engine | undefined {
  const [engine, setEngine] = useState<Engine>();
  const hydrated = useLibrary((s) => s.hydrated);
  const pages = useLibrary((s) => s.pages);
  const sample = useLibrary((s) => s.sample);
  const corrections = useLibrary((s) => s.corrections);
  const highlights = useDebounced(
    useHighlights((s) => s.highlights),
    HIGHLIGHTS_SETTLE_MS,
  );
  useEffect(() => {
    if (!wanted || !hydrated) return;
    const mine = ++generation;
    const list: SearchablePage[] = allPages({ pages, sample }).map(({ id, title, source }) => ({ id, title, source, corrections: corrections[id] }));
    const start = performance.now();
    Promise.all([import('./search-engine'), ensureHk2s()])
      .then(([{ prepare }, fold]) => prepare(list, fold))
      .then(
        (built) => {
          performance.measure('broadsheet:search-index', { start, detail: { pages: list.length } });
          if (mine === generation) setEngine(built);
        },
        (error: unknown) => console.error('Broadsheet: the search could not be prepared', error),
      );
  }, [wanted, hydrated, pages, sample, corrections]);
  return useMemo(() => engine?.withHighlights(Object.values(highlights)), [engine, highlights]);
}

/** How long the highlights must stay as they are (a note being typed) before the search takes them in. */
const HIGHLIGHTS_SETTLE_MS = 300;

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface LibrarySearch {
  /**
   * Hits for the settled query, or the query before's while its own are searched (see
   * `shownAnswer`); undefined while the engine is being built or the query is blank.
   */
  readonly result: SearchResult | undefined;
  /** The engine is built (searching is a scan from now on). */
  readonly ready: boolean;
  /** The query has changed and is waiting out the debounce. */
  readonly pending: boolean;
}

/**
 * Searches the library as the reader types, lightly debounced. The query runs in tasks of a few
 * milliseconds (`Engine.steps`), never in render: keys typed meanwhile are handled at once. A
 * rebuilt engine (the library changed) asks the same query again, which searches only the pages
 * new since; until it answers, the previous answer stays, as the previous query's does until a
 * new query's is in.
 */
export function useLibrarySearch(query: string, wanted: boolean): LibrarySearch {
  const engine = useSearchEngine(wanted);
  const trimmed = query.trim();
  const settled = useDebounced(trimmed, 100);
  const [answer, setAnswer] = useState<Answer<SearchResult>>();
  useEffect(() => {
    if (!engine || !settled) return;
    // Stopped with the effect: a newer query or engine takes over.
    const stop = new AbortController();
    runInTasks(engine.steps(settled), { signal: stop.signal }).then(
      (result) => setAnswer({ query: settled, result }),
      (error: unknown) => {
        if (!isAbort(error)) console.error('Broadsheet: the search failed', error);
      },
    );
    return () => stop.abort();
  }, [engine, settled]);
  // A query cleared forgets the last answer: the next query's list starts empty, not with an old one.
  if (!settled && answer) setAnswer(undefined);
  const { result, current } = shownAnswer(settled, answer);
  return { result, ready: engine !== undefined, pending: settled !== trimmed || (engine !== undefined && !current) };
}
