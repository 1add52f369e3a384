/**
 * Runs a generator's steps in tasks of at most about `budget` ms (a step is never split),
 * giving the browser its turn between them, and resolves with what the generator returns.
 * For work after first paint that would otherwise be one long task (the page's facts).
 */
export function runInTasks<T>(steps: Generator<unknown, T>, budget = 8): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      const end = performance.now() + budget;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (performance.now() >= end) return void setTimeout(slice, 0);
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setTimeout(slice, 0);
  });
}
