import { create } from 'zustand';
import type { BatchConvert, Convert, Script } from '../../core/script';

/**
 * The loaded converters. Each direction is loaded only when first needed: hk→cn (small) in the
 * page's thread, cn→hk (large phrase tables) in a Web Worker, only when a Simplified page is shown
 * in Traditional. Results are cached per original string; converting always starts from the
 * original, never from a converted copy.
 */
interface ConvertersState {
  /** The hk→cn converter, once built: views showing Traditional text in Simplified wait on it. */
  hk2s: Convert | undefined;
  /**
   * How many batches the cn→hk worker has answered: views showing Simplified text in Traditional
   * re-render on it, and only they (see `useDisplayIn`). Not a counter every view follows.
   */
  s2hkAnswers: number;
}

export const useConverters = create<ConvertersState>()(() => ({ hk2s: undefined, s2hkAnswers: 0 }));

/**
 * What a view showing text written in `from` in the script `to` re-renders on: nothing when the
 * two are the same, the hk→cn converter's arrival (once), or the cn→hk worker's answers.
 */
export function conversionsFor(from: Script, to: Script): (s: ConvertersState) => unknown {
  if (from === to) return () => undefined;
  return to === 'hans' ? (s) => s.hk2s : (s) => s.s2hkAnswers;
}

const hk2sCache = new Map<string, string>();
const s2hkCache = new Map<string, string>();
const s2hkPending = new Set<string>();
let hk2sLoading: Promise<Convert> | undefined;
let s2hk: Promise<BatchConvert> | undefined;
let flushQueued = false;

/**
 * Loads and builds the hk→cn converter, once. The chunk (tables and engine, one request) is
 * fetched first; the tables are then built in a task of their own, so neither step shares a
 * long task with the render that follows.
 */
export function ensureHk2s(): Promise<Convert> {
  hk2sLoading ??= import('../../core/script/hk2s')
    .then((m) => nextTask().then(() => m))
    .then(({ createHk2s }) => {
      performance.mark('broadsheet:hk2s:build');
      const convert = createHk2s();
      performance.measure('broadsheet:hk2s:build', 'broadsheet:hk2s:build');
      // Only the views showing Traditional text in Simplified re-render (see `conversionsFor`).
      useConverters.setState({ hk2s: convert });
      return convert;
    });
  hk2sLoading.catch(() => (hk2sLoading = undefined)); // the next request tries again
  return hk2sLoading;
}

/** Resolves in a new task, after anything the browser has queued (a paint, an input). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Converts now if it can; otherwise returns the original and arranges for a re-render. */
export function convertNow(original: string, from: Script, to: Script): string {
  if (from === to || original === '') return original;
  if (to === 'hans') {
    const hit = hk2sCache.get(original);
    if (hit !== undefined) return hit;
    const convert = useConverters.getState().hk2s;
    if (!convert) {
      void ensureHk2s();
      return original;
    }
    const out = convert(original);
    if (hk2sCache.size > 20000) hk2sCache.clear();
    hk2sCache.set(original, out);
    return out;
  }
  const hit = s2hkCache.get(original);
  if (hit !== undefined) return hit;
  s2hkPending.add(original);
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(flushS2hk);
  }
  return original;
}

function flushS2hk(): void {
  flushQueued = false;
  const batch = [...s2hkPending];
  s2hkPending.clear();
  if (batch.length === 0) return;
  s2hk ??= import('../../core/script/load-converter').then(({ loadConverter }) =>
    loadConverter('s2hk', {
      worker: () => new Worker(new URL('../../core/script/s2hk.worker.ts', import.meta.url), { type: 'module' }),
    }),
  );
  s2hk.then((convert) => convert(batch)).then(
    (out) => {
      batch.forEach((text, i) => s2hkCache.set(text, out[i] ?? text));
      useConverters.setState((s) => ({ s2hkAnswers: s.s2hkAnswers + 1 }));
    },
    (error: unknown) => {
      // The worker failed: show the original text rather than nothing.
      console.error('Broadsheet: Simplified → Traditional conversion failed', error);
      s2hk = undefined; // the next request tries again
      batch.forEach((text) => s2hkCache.set(text, text));
      useConverters.setState((s) => ({ s2hkAnswers: s.s2hkAnswers + 1 }));
    },
  );
}

/**
 * Resolves once every text can be shown in `to` (converted, or known to stay as written): for
 * what is written whole at once, such as an export, rather than shown and re-rendered as the
 * conversions arrive.
 */
export async function whenConverted(texts: readonly string[], from: Script, to: Script): Promise<void> {
  if (from === to) return;
  if (to === 'hans') {
    await ensureHk2s();
    return;
  }
  const missing = () => texts.filter((t) => t !== '' && !s2hkCache.has(t));
  if (missing().length === 0) return;
  await new Promise<void>((resolve) => {
    const stop = useConverters.subscribe(() => {
      if (missing().length > 0) return;
      stop();
      resolve();
    });
    for (const text of missing()) convertNow(text, from, to);
  });
}
