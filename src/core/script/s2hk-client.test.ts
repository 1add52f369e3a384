import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConverter, loadConverterInThread, type Convert } from './index';
import { createWorkerConverter } from './s2hk-client';
import { createS2hkHandler, type S2hkRequest } from './s2hk-protocol';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** A stand-in for a Web Worker: runs the worker's message handler, answering a task later. */
class FakeWorker {
  readonly posted: S2hkRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Listener[]>();
  constructor(private readonly handle: (message: unknown) => unknown) {}
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: S2hkRequest) {
    this.posted.push(message);
    const reply = this.handle(structuredClone(message));
    if (reply !== undefined) setTimeout(() => this.emit('message', { data: reply }));
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, event: { data?: unknown; message?: string }) {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}

let real: Convert;
beforeAll(async () => {
  real = await loadConverterInThread('s2hk');
});
afterEach(() => vi.useRealTimers());

describe('createWorkerConverter', () => {
  it('converts a batch in one message, in order, once the tables are built', async () => {
    const worker = new FakeWorker(createS2hkHandler(() => real));
    const s2hk = createWorkerConverter(() => worker.asWorker());
    await s2hk.ready;
    expect(await s2hk(['腾讯', '恒生指数', '(00700) 3000亿'])).toEqual(['騰訊', '恒生指數', '(00700) 3000億']);
    expect(worker.posted.map((m) => m.text.length)).toEqual([0, 3]); // the warm-up, then the batch
  });

  it('gathers single calls made in the same tick into one message', async () => {
    const worker = new FakeWorker(createS2hkHandler(() => real));
    const s2hk = createWorkerConverter(() => worker.asWorker());
    const answers = await Promise.all([s2hk('腾讯'), s2hk('东航'), s2hk('OpenAI')]);
    expect(answers).toEqual(['騰訊', '東航', 'OpenAI']);
    expect(worker.posted.map((m) => m.text)).toEqual([[], ['腾讯', '东航', 'OpenAI']]);
  });

  it('builds the tables once, on the first message', async () => {
    const build = vi.fn(() => real);
    const s2hk = createWorkerConverter(() => new FakeWorker(createS2hkHandler(build)).asWorker());
    await s2hk(['腾讯']);
    await s2hk(['讯']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('shows a text as written when the answer would change its length', async () => {
    const s2hk = createWorkerConverter(() => new FakeWorker(createS2hkHandler(() => (s) => s + '!')).asWorker());
    expect(await s2hk(['腾讯'])).toEqual(['腾讯']);
  });

  it('rejects with the worker’s reason when it cannot build or convert', async () => {
    const broken = () => {
      throw new Error('out of memory');
    };
    const s2hk = createWorkerConverter(() => new FakeWorker(createS2hkHandler(broken)).asWorker());
    await expect(s2hk.ready).rejects.toThrow('s2hk worker: out of memory');
  });

  it('fails everything waiting, and every later call, when the worker dies', async () => {
    const worker = new FakeWorker(() => undefined); // never answers
    const s2hk = createWorkerConverter(() => worker.asWorker());
    const waiting = s2hk(['腾讯']);
    worker.emit('error', { message: 'script failed to load' });
    await expect(waiting).rejects.toThrow('script failed to load');
    await expect(s2hk.ready).rejects.toThrow('script failed to load');
    await expect(s2hk('腾讯')).rejects.toThrow('script failed to load');
  });

  it('rejects when the worker cannot even be created', async () => {
    const s2hk = createWorkerConverter(() => {
      throw new Error('CSP blocks workers');
    });
    await expect(s2hk.ready).rejects.toThrow('CSP blocks workers');
  });

  it('stops the worker on dispose', async () => {
    const worker = new FakeWorker(() => undefined);
    const s2hk = createWorkerConverter(() => worker.asWorker());
    const waiting = s2hk(['腾讯']);
    s2hk.dispose();
    expect(worker.terminated).toBe(true);
    await expect(waiting).rejects.toThrow('disposed');
  });
});

describe('createS2hkHandler', () => {
  it('answers malformed requests with an error instead of throwing', () => {
    const handle = createS2hkHandler(() => real);
    expect(handle({ id: 3, text: '腾讯' })).toEqual({ id: 3, error: 'malformed s2hk request' });
    expect(handle(null)).toEqual({ id: -1, error: 'malformed s2hk request' });
    expect(handle({ id: 4, text: ['腾讯'] })).toEqual({ id: 4, text: ['騰訊'] });
  });
});

describe('loadConverter("s2hk", { worker })', () => {
  it('forgets a worker that failed to start, then loads once and reuses it', async () => {
    const boom = (): Convert => {
      throw new Error('boom');
    };
    const failing = vi.fn(() => new FakeWorker(createS2hkHandler(boom)).asWorker());
    await expect(loadConverter('s2hk', { worker: failing })).rejects.toThrow('boom');

    const workers: FakeWorker[] = [];
    const make = () => {
      const w = new FakeWorker(createS2hkHandler(() => real));
      workers.push(w);
      return w.asWorker();
    };
    const first = loadConverter('s2hk', { worker: make });
    expect(loadConverter('s2hk', { worker: make })).toBe(first);
    const toHant = await first;
    expect(await toHant(['腾讯', '3000亿'])).toEqual(['騰訊', '3000億']);
    expect(workers).toHaveLength(1);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
