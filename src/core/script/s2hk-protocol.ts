import type { Convert } from './length-safe';

/** Main thread → s2hk worker: convert these texts (an empty batch just waits for the tables). */
export interface S2hkRequest {
  readonly id: number;
  readonly text: readonly string[];
}

/** s2hk worker → main thread: the texts converted, in order, or why not. */
export type S2hkReply =
  | { readonly id: number; readonly text: readonly string[] }
  | { readonly id: number; readonly error: string };

function isRequest(message: unknown): message is S2hkRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, text } = message as Record<string, unknown>;
  return typeof id === 'number' && Array.isArray(text) && text.every((t) => typeof t === 'string');
}

/**
 * The worker's whole behaviour as a pure function, so it can be tested without a worker: build
 * the converter on the first request (that is the half second the worker exists to absorb),
 * then answer each batch. Failures come back as `{id, error}` rather than killing the worker.
 */
export function createS2hkHandler(build: () => Convert): (message: unknown) => S2hkReply {
  let convert: Convert | undefined;
  return (message) => {
    if (!isRequest(message)) {
      const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
      return { id: typeof id === 'number' ? id : -1, error: 'malformed s2hk request' };
    }
    try {
      convert ??= build();
      const run = convert;
      return { id: message.id, text: message.text.map((t) => run(t)) };
    } catch (e) {
      return { id: message.id, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
