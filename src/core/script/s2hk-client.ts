import { codePointLength } from '../text/code-points';
import type { S2hkReply, S2hkRequest } from './s2hk-protocol';

/** Converts many texts in one go, answering in the same order: the shape of async conversion. */
export type BatchConvert = (texts: readonly string[]) => Promise<string[]>;

/**
 * Conversion answered by a worker. Give it an array and the batch travels in one message; give
 * it single strings and the calls made in the same tick are gathered into one message, so a
 * page's blocks asking one by one still cost one round trip. It is a {@link BatchConvert}.
 */
export interface AsyncConvert {
  (text: string): Promise<string>;
  (texts: readonly string[]): Promise<string[]>;
  /** Settles once the worker has built its tables (rejects if it cannot start). */
  readonly ready: Promise<void>;
  /** Stops the worker; calls still waiting reject. */
  dispose(): void;
}

interface Waiting {
  readonly texts: readonly string[];
  readonly resolve: (texts: string[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts the s2hk worker now and returns its converter. The worker answers with text already
 * protected and length-checked; the client checks the length again, because offsets are what
 * the whole reader rests on: a text that came back a different length is shown as written.
 *
 * @example
 * const s2hk = createWorkerConverter(() => new Worker(new URL('./s2hk.worker.ts', import.meta.url), { type: 'module' }));
 * await s2hk.ready;
 * await s2hk('腾讯') // '騰訊'
 * await s2hk(['腾讯', '恒生']) // ['騰訊', '恒生']
 */
export function createWorkerConverter(makeWorker: () => Worker): AsyncConvert {
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let failure: Error | undefined;
  let queued: Array<{ text: string; resolve: (t: string) => void; reject: (e: Error) => void }> = [];

  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };

  let worker: Worker | undefined;
  try {
    worker = makeWorker();
  } catch (e) {
    fail(e instanceof Error ? e : new Error(String(e)));
  }
  worker?.addEventListener('message', (event: MessageEvent<S2hkReply | undefined>) => {
    const reply = event.data;
    if (typeof reply !== 'object' || reply === null) return; // not ours
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if ('error' in reply) return w.reject(new Error(`s2hk worker: ${reply.error}`));
    if (reply.text.length !== w.texts.length) return w.reject(new Error('s2hk worker: batch size changed'));
    w.resolve(w.texts.map((t, i) => safeAnswer(t, reply.text[i])));
  });
  worker?.addEventListener('error', (event: ErrorEvent) => fail(new Error(`s2hk worker failed: ${event.message ?? 'error'}`)));
  worker?.addEventListener('messageerror', () => fail(new Error('s2hk worker: message could not be read')));

  const many = (texts: readonly string[]): Promise<string[]> =>
    new Promise((resolve, reject) => {
      if (failure || !worker) return reject(failure ?? new Error('s2hk worker disposed'));
      const id = nextId++;
      waiting.set(id, { texts, resolve, reject });
      const request: S2hkRequest = { id, text: texts };
      worker.postMessage(request);
    });

  const flush = () => {
    const batch = queued;
    queued = [];
    many(batch.map((q) => q.text)).then(
      (out) => batch.forEach((q, i) => q.resolve(out[i] ?? q.text)),
      (error: Error) => batch.forEach((q) => q.reject(error)),
    );
  };

  const one = (text: string): Promise<string> =>
    new Promise((resolve, reject) => {
      if (queued.length === 0) queueMicrotask(flush);
      queued.push({ text, resolve, reject });
    });

  function convert(text: string): Promise<string>;
  function convert(texts: readonly string[]): Promise<string[]>;
  function convert(input: string | readonly string[]): Promise<string | string[]> {
    return typeof input === 'string' ? one(input) : many(input);
  }

  const ready = many([]).then(() => undefined);
  ready.catch(() => undefined); // the caller decides whether to wait; no unhandled rejection

  return Object.assign(convert, {
    ready,
    dispose() {
      worker?.terminate();
      worker = undefined;
      fail(new Error('s2hk worker disposed'));
    },
  });
}

function safeAnswer(original: string, converted: string | undefined): string {
  return typeof converted === 'string' && codePointLength(converted) === codePointLength(original) ? converted : original;
}
