import { describe, expect, it } from 'vitest';
import { isAbort, runInTasks } from './tasks';

describe('runInTasks', () => {
  it('runs every step, in order, and resolves with the result', async () => {
    const seen: number[] = [];
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 5; i++) {
        seen.push(i);
        yield;
      }
      return 'done';
    }
    await expect(runInTasks(steps())).resolves.toBe('done');
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives other tasks their turn between slices, never within a step', async () => {
    const log: string[] = [];
    function* steps(): Generator<void, void> {
      for (let i = 0; i < 3; i++) {
        const until = performance.now() + 5;
        while (performance.now() < until);
        log.push(`step ${i}`);
        yield;
      }
    }
    const done = runInTasks(steps(), { budget: 1 });
    setTimeout(() => log.push('other'), 0);
    await done;
    // The first slice starts in a task of its own, after the timer set before it ran.
    expect(log.indexOf('other')).toBeLessThan(log.indexOf('step 1'));
  });

  it('rejects when a step throws', async () => {
    function* steps(): Generator<void, void> {
      yield;
      throw new Error('no');
    }
    await expect(runInTasks(steps())).rejects.toThrow('no');
  });
});

describe('runInTasks with a stop signal', () => {
  /** Steps that each take `ms`, logging their number; `closed` says whether the generator was closed. */
  function slow(count: number, ms: number) {
    const log = { ran: [] as number[], closed: false };
    function* steps(): Generator<void, string> {
      try {
        for (let i = 0; i < count; i++) {
          const until = performance.now() + ms;
          while (performance.now() < until);
          log.ran.push(i);
          yield;
        }
        return 'done';
      } finally {
        log.closed = true;
      }
    }
    return { steps: steps(), log };
  }

  it('stops between steps once aborted: no further step runs, the generator is closed, the promise rejects as an abort', async () => {
    const { steps, log } = slow(50, 2);
    const stop = new AbortController();
    const done = runInTasks(steps, { budget: 1, signal: stop.signal });
    // Aborted from another task, as a newer query's effect would: between two slices.
    setTimeout(() => stop.abort(), 0);
    const error = await done.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbort(error)).toBe(true);
    expect(log.closed).toBe(true);
    const ranThen = log.ran.length;
    expect(ranThen).toBeLessThan(50);
    // Nothing more runs afterwards.
    await new Promise((r) => setTimeout(r, 20));
    expect(log.ran.length).toBe(ranThen);
  });

  it('runs no step when the signal has already fired, and rejects with its reason', async () => {
    const { steps, log } = slow(3, 0);
    const reason = new Error('newer query');
    await expect(runInTasks(steps, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(log.ran).toEqual([]);
  });

  it('resolves as before when the signal never fires', async () => {
    const { steps, log } = slow(3, 0);
    await expect(runInTasks(steps, { signal: new AbortController().signal })).resolves.toBe('done');
    expect(log.ran).toEqual([0, 1, 2]);
  });

  it('tells an abort from a failure', () => {
    expect(isAbort(new DOMException('stopped', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('no'))).toBe(false);
  });
});
