import { describe, expect, it } from 'vitest';
import { finish } from './steps';

describe('finish', () => {
  it('runs every step and returns what the work returns', () => {
    const ran: number[] = [];
    function* work() {
      for (let i = 0; i < 3; i++) {
        ran.push(i);
        yield;
      }
      return ran.length;
    }
    expect(finish(work())).toBe(3);
    expect(ran).toEqual([0, 1, 2]);
  });
});
