import type { RawConvert } from './opencc-pipeline';

/** The two conversions the reader offers: Hong Kong Traditional ⇄ Simplified. */
export type Direction = 'hk2s' | 's2hk';

const built = new Map<Direction, Promise<RawConvert>>();

/**
 * The raw OpenCC converter for a direction, built on this thread, once. The tables arrive by
 * dynamic `import()`, so each direction is its own chunk and costs nothing until asked for.
 * Raw means exactly opencc-js's output: the conformance tests check it, the app never shows it
 * (it goes through `safeConvert` first).
 */
export function loadRawConverter(direction: Direction): Promise<RawConvert> {
  let pending = built.get(direction);
  if (!pending) {
    pending =
      direction === 'hk2s'
        ? import('./hk2s-tables').then((m) => m.buildHk2s())
        : import('./s2hk-tables').then((m) => m.buildS2hk());
    pending.catch(() => built.delete(direction));
    built.set(direction, pending);
  }
  return pending;
}
