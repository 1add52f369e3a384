import { useEffect } from 'react';
import { create } from 'zustand';
import type { FiguresMessage, FiguresRequest, FiguresResponse } from '../../core/derived/figure-derive';
import type { FigureIndex, FigureInput, PageFigures } from '../../core/series/figure-index';
import { seriesLookup } from '../../core/series/series';
import { allPages, useLibrary } from '../../store/library';
import { askWorker } from './derived-library';
import { pageDateOf } from './facts';

/**
 * The library's figure index (each page's facts), for series and a stock's cited figures. Built
 * in the derivation worker, a page at a time as the library changes (an import, a correction, a
 * corrected date), and kept there in IndexedDB, so a reload reads it back and builds nothing.
 * Here each page's entry is held while its text, corrections and date are the same; the index
 * is published after each batch, so a large library fills in without holding anything up.
 */
interface FigureIndexState {
  readonly index: FigureIndex | undefined;
  /** Pages still to index. */
  readonly pending: number;
}

export const useFigureIndexState = create<FigureIndexState>()(() => ({ index: undefined, pending: 0 }));

interface Held {
  readonly input: FigureInput;
  readonly figures: PageFigures;
}

/** Pages asked of the worker at once: small enough that the index fills in as it goes. */
const BATCH = 64;
const held = new Map<string, Held>();
let started = false;
let running = false;
let again = false;
let built = 0;

/** Pages indexed anew (not read back) in this visit: for tests and `npm run bench`. */
export const figuresBuilt = (): number => built;

function inputs(): FigureInput[] | undefined {
  const s = useLibrary.getState();
  if (!s.hydrated || !s.sample) return undefined;
  return allPages(s).map((page) => {
    const corrections = s.corrections[page.id];
    return { id: page.id, source: page.source, ...(corrections ? { corrections } : {}), pageDate: pageDateOf(page, s.dates?.[page.id]).date };
  });
}

const same = (a: FigureInput, b: FigureInput) => a.source === b.source && a.corrections === b.corrections && a.pageDate === b.pageDate;

function publish(library: readonly FigureInput[], pending: number): void {
  const pages = library.flatMap((p) => {
    const h = held.get(p.id);
    return h ? [h.figures] : [];
  });
  const index: FigureIndex = { pages };
  // Grouped by subject and measure now (each page once, as it arrives), not on the click that opens a series.
  seriesLookup(index);
  useFigureIndexState.setState({ index, pending });
}

async function here(request: FiguresRequest): Promise<FiguresResponse> {
  const { deriveFigures } = await import('../../core/derived/figure-derive');
  const none = () => Promise.resolve();
  return deriveFigures(request, {
    store: { getMany: (keys) => Promise.resolve(keys.map(() => undefined)), setMany: none, keys: () => Promise.resolve([]), delMany: none },
    version: 'here',
  });
}

/** Brings the index up to date with the library; a change while it runs makes it run again. */
async function sync(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      const library = inputs();
      if (!library) return;
      const live = library.map((p) => p.id);
      const liveSet = new Set(live);
      for (const id of held.keys()) if (!liveSet.has(id)) held.delete(id);
      const missing = library.filter((p) => {
        const h = held.get(p.id);
        return !(h && same(h.input, p));
      });
      publish(library, missing.length);
      for (let i = 0; i < missing.length && !again; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        const request: FiguresRequest = { pages: batch, live };
        const start = performance.now();
        const response = await askWorker<FiguresResponse>({ kind: 'figures', request } satisfies Omit<FiguresMessage, 'id'>, () => here(request));
        built += response.built;
        performance.measure('broadsheet:figures', { start, detail: { asked: batch.length, built: response.built, total: built } });
        batch.forEach((input, j) => held.set(input.id, { input, figures: response.pages[j]! }));
        publish(library, Math.max(0, missing.length - i - batch.length));
      }
    } while (again);
  } catch (error) {
    console.error('Broadsheet: the figure index could not be built', error);
  } finally {
    running = false;
  }
}

/** Starts following the library (once); later calls do nothing. */
export function startFigureIndex(): void {
  if (started) return;
  started = true;
  useLibrary.subscribe((s, prev) => {
    if (s.pages !== prev.pages || s.corrections !== prev.corrections || s.dates !== prev.dates || s.sample !== prev.sample || s.hydrated !== prev.hydrated) void sync();
  });
  void sync();
}

/** The figure index, following the library; undefined until its first pages are in. */
export function useFigureIndex(): FigureIndex | undefined {
  useEffect(startFigureIndex, []);
  return useFigureIndexState((s) => s.index);
}
