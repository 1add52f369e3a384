/**
 * Work written as a generator that yields between its steps (a block, a page), so a caller in the
 * browser can spread it over short tasks (`shared/tasks.ts` `runInTasks`); `finish` runs such work
 * at once, to its result.
 *
 * @example
 * finish((function* () { yield; return 2; })()) // 2
 */
export function finish<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
