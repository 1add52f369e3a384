/**
 * Web Worker entry: holds the Simplified → Hong Kong Traditional tables (~430 kB gzipped, about
 * half a second to build) off the main thread. The UI starts it with
 * `new Worker(new URL('./s2hk.worker.ts', import.meta.url), { type: 'module' })` only when a
 * Simplified page is first shown in Traditional; `s2hk-client.ts` speaks to it.
 */
import { safeConvert } from './safe-convert';
import { createS2hkHandler } from './s2hk-protocol';
import { buildS2hk } from './s2hk-tables';

const handle = createS2hkHandler(() => safeConvert(buildS2hk()));

self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(handle(event.data));
};
