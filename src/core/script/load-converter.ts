import type { Convert } from './length-safe';
import { loadRawConverter, type Direction } from './raw-converters';
import { createWorkerConverter, type BatchConvert } from './s2hk-client';
import { safeConvert } from './safe-convert';

/** How to load a converter. */
export interface LoadOptions {
  /**
   * s2hk only: starts the Web Worker that holds the large tables. In the browser always pass
   * it; without it the tables are built on this thread (node, tests, benchmarks).
   */
  readonly worker?: () => Worker;
}

const loading = new Map<string, Promise<unknown>>();

/** One load per key; a failed load is forgotten, so the next call tries again. */
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  const known = loading.get(key) as Promise<T> | undefined;
  if (known) return known;
  const pending = load();
  loading.set(key, pending);
  pending.catch(() => {
    if (loading.get(key) === pending) loading.delete(key);
  });
  return pending;
}

/**
 * A direction's converter, built on this thread from the stored original each time it is used:
 * protected spans untouched, code-point length kept. Loaded once, on first call.
 * For hk2s this is what the UI uses (about 30 kB gzipped, built in milliseconds), so a warm
 * toggle converts the visible text synchronously within a frame. For s2hk it is meant for node
 * (tests, benchmark): in a browser it would block the page for about half a second.
 *
 * @example
 * const toSimplified = await loadConverterInThread('hk2s');
 * toSimplified('騰訊(00700)升3%') // '腾讯(00700)升3%'
 */
export function loadConverterInThread(direction: Direction): Promise<Convert> {
  return once(direction, async () => safeConvert(await loadRawConverter(direction)));
}

/**
 * Loads the converter for one direction, once; later calls get the same promise.
 * - `hk2s` resolves to a synchronous {@link Convert}: `const c = await loadConverter('hk2s'); c(text)`.
 * - `s2hk` resolves to a {@link BatchConvert}, `await c([a, b])`, once the tables are built: in a
 *   worker when `options.worker` is given (always, in the browser), else on this thread. The first
 *   call decides which; later options are ignored.
 * Each call converts the original it is given: to switch back, show the original.
 */
export function loadConverter(direction: 'hk2s'): Promise<Convert>;
export function loadConverter(direction: 's2hk', options?: LoadOptions): Promise<BatchConvert>;
export function loadConverter(direction: Direction, options?: LoadOptions): Promise<Convert | BatchConvert> {
  if (direction === 'hk2s') return loadConverterInThread('hk2s');
  const worker = options?.worker;
  if (!worker) return loadBatchInThread('s2hk');
  return once('s2hk-worker', async () => {
    const convert = createWorkerConverter(worker);
    try {
      await convert.ready;
    } catch (e) {
      convert.dispose();
      throw e;
    }
    return convert;
  });
}

/**
 * Either direction as a {@link BatchConvert}, for code that treats both alike (the hk2s one
 * converts synchronously and resolves at once).
 */
export function loadBatchConverter(direction: Direction, options?: LoadOptions): Promise<BatchConvert> {
  return direction === 's2hk' ? loadConverter('s2hk', options) : loadBatchInThread('hk2s');
}

async function loadBatchInThread(direction: Direction): Promise<BatchConvert> {
  const convert = await loadConverterInThread(direction);
  return async (texts) => texts.map((text) => convert(text));
}
