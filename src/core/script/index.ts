/**
 * Traditional (Hong Kong) ⇄ Simplified display conversion.
 *
 * The page is stored and annotated in the script it was written in; conversion is a rendering
 * step over that original, never over a converted copy, so switching back shows the original
 * exactly. Every converter here keeps the code-point length of what it converts and leaves
 * stock codes, numbers, Latin text and URLs byte-identical, so figure and stock offsets found
 * on the original are valid on screen in either script. Length is kept in code points, not
 * UTF-16 units (TSCharacters maps 㗲 to the astral 𠵾): slice displayed text through
 * `codePointMap(displayed)` from `../text/code-points`, never with the original's unit offsets.
 *
 * @example
 * // Traditional page shown in Simplified: load once (small chunk), then convert synchronously.
 * const toHans = await loadConverter('hk2s');
 * toHans(original);
 *
 * // Simplified page shown in Traditional: the tables live in a worker, answers are async.
 * const toHant = await loadConverter('s2hk', {
 *   worker: () => new Worker(new URL('./s2hk.worker.ts', import.meta.url), { type: 'module' }),
 * });
 * await toHant([first, second]);
 */
export type { Script } from './detect-script';
export type { Direction } from './raw-converters';
export type { Convert } from './length-safe';
export type { AsyncConvert, BatchConvert } from './s2hk-client';
export type { LoadOptions } from './load-converter';

export { detectScript } from './detect-script';
export { lengthSafe } from './length-safe';
export { protectedSpans } from './protected-spans';
export { loadConverter, loadConverterInThread, loadBatchConverter } from './load-converter';
export { createWorkerConverter } from './s2hk-client';
