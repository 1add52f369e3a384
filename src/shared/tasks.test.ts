import { describe, expect, it } from 'vitest';
import { runInTasks } from './tasks';

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
    const done = runInTasks(steps(), 1);
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
