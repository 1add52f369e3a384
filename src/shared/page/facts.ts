import { createContext, startTransition, useContext, useEffect, useMemo, useState } from 'react';
import { create } from 'zustand';
import type { PageAnnotations } from '../../core/annotate';
import type { FigureFact } from '../../core/facts/fact';
import { dayOf, pageDateFromText } from '../../core/facts/page-date';
import type { ParsedPage } from '../../core/page/parsed-page';
import { SAMPLE_PAGE_DATE } from '../../core/sample/sample-date';
import type { Script } from '../../core/script';
import { findPage, SAMPLE_PAGE_ID, useLibrary, type StoredPage } from '../../store/library';
import type { PageView } from './usePageView';
import { runInTasks } from '../tasks';

/** Where a page's date comes from: the reader, the page's own text, or the day it was imported. */
export type PageDateSource = 'reader' | 'text' | 'import';

export interface PageDate {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly source: PageDateSource;
}

/** A page's date: the reader's, else its own text's (the sample's is known), else its import's. */
export function pageDateOf(page: StoredPage, readerDate: string | undefined): PageDate {
  if (readerDate) return { date: readerDate, source: 'reader' };
  const own = page.id === SAMPLE_PAGE_ID ? SAMPLE_PAGE_DATE : pageDateFromText(page.source);
  return own ? { date: own, source: 'text' } : { date: dayOf(page.addedAt), source: 'import' };
}

/** The open page's date, with where it comes from; undefined until the library is read back. */
export function usePageDate(pageId: string | undefined): PageDate | undefined {
  const stored = useLibrary((s) => (pageId && s.hydrated ? findPage(s, pageId) : undefined));
  const readerDate = useLibrary((s) => (pageId ? s.dates?.[pageId] : undefined));
  return useMemo(() => (stored ? pageDateOf(stored, readerDate) : undefined), [stored, readerDate]);
}

type FactsChunk = typeof import('../../core/facts/facts');
let chunk: FactsChunk | undefined;
let loading: Promise<void> | undefined;
/** Bumped when the facts chunk has loaded, so views re-render. */
const useFactsChunk = create<{ loaded: boolean }>()(() => ({ loaded: false }));

function loadChunk(): void {
  loading ??= import('../../core/facts/facts').then((m) => {
    chunk = m;
    useFactsChunk.setState({ loaded: true });
  });
}

export type FactsById = ReadonlyMap<string, FigureFact>;
const NO_FACTS: FactsById = new Map();

/** Facts per annotations, per page date and articles (corrections change what a sentence's topic is). */
const cache = new WeakMap<PageAnnotations, Map<string, FactsById>>();
/** Facts being derived, by the same keys. */
const deriving = new WeakMap<PageAnnotations, Map<string, Promise<void>>>();

const keyOf = (page: ParsedPage, pageDate: string) => `${pageDate}|${page.articles.map((a) => a.id).join(' ')}`;

function knownFacts(page: ParsedPage, annotations: PageAnnotations, pageDate: string): FactsById | undefined {
  return cache.get(annotations)?.get(keyOf(page, pageDate));
}

/**
 * Derives the page's facts in short tasks (a block at a time, the browser's turn between them:
 * on a page just opened this is the main thread's largest piece of work) and caches them.
 */
function deriveFacts(facts: FactsChunk, page: ParsedPage, annotations: PageAnnotations, pageDate: string): Promise<void> {
  const key = keyOf(page, pageDate);
  let pending = deriving.get(annotations);
  if (!pending) deriving.set(annotations, (pending = new Map()));
  let done = pending.get(key);
  if (!done) {
    done = runInTasks(facts.figureFactSteps(page, annotations, { pageDate })).then((list) => {
      let byKey = cache.get(annotations);
      if (!byKey) cache.set(annotations, (byKey = new Map()));
      if (byKey.size > 4) byKey.clear();
      byKey.set(key, new Map(annotations.figures.map((f, i) => [f.id, list[i]!])));
    });
    void done.catch(() => undefined).finally(() => pending.delete(key));
    pending.set(key, done);
  }
  return done;
}

/**
 * Each figure's fact (subject, measure, date, role) on the open page, by figure id: empty until
 * the annotations and the facts chunk (loaded on first use, after first paint) are there and the
 * facts derived (in short tasks, after which the views re-render as a transition).
 */
export function usePageFacts(view: PageView | undefined, pageDate: PageDate | undefined): FactsById {
  const loaded = useFactsChunk((s) => s.loaded);
  const ready = Boolean(view?.annotated && pageDate);
  useEffect(() => {
    if (ready && !loaded) loadChunk();
  }, [ready, loaded]);
  const [, setDerived] = useState(0);
  const known = view && pageDate && loaded && view.annotated ? knownFacts(view.page, view.annotations, pageDate.date) : undefined;
  const wanted = Boolean(ready && loaded && !known);
  useEffect(() => {
    if (!wanted || !view || !pageDate || !chunk) return;
    let live = true;
    deriveFacts(chunk, view.page, view.annotations, pageDate.date).then(
      () => live && startTransition(() => setDerived((n) => n + 1)),
      (error: unknown) => console.error('Broadsheet: the figures could not be read', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, view, pageDate]);
  return known ?? NO_FACTS;
}

/** What a figure's mark and tip need to say what it is: the facts, and the script of the page's own names. */
export interface FactsInView {
  readonly facts: FactsById;
  readonly sourceScript: Script;
}

export const FactsContext = createContext<FactsInView>({ facts: NO_FACTS, sourceScript: 'hant' });

/** The fact of a figure in the open page, if known yet. */
export function useFigureFact(figureId: string): { fact: FigureFact | undefined; sourceScript: Script } {
  const { facts, sourceScript } = useContext(FactsContext);
  return { fact: facts.get(figureId), sourceScript };
}
