export interface TaskOptions {
  /** A slice's length, in ms (a step is never split). */
  readonly budget?: number;
  /** Stops the work between two steps: no step runs after it fires, and the promise rejects with its reason. */
  readonly signal?: AbortSignal;
}

/**
 * Runs a generator's steps in tasks of at most about `budget` ms (a step is never split),
 * giving the browser its turn between them, and resolves with what the generator returns.
 * For work after first paint that would otherwise be one long task (the page's facts, a search).
 * A `signal` stops it between steps (a newer query took over): the generator is closed (its
 * `finally` runs) and the promise rejects with the signal's reason, an `AbortError` unless given.
 *
 * @example
 * const stop = new AbortController();
 * runInTasks(engine.steps('騰訊'), { signal: stop.signal }).then(show, (e) => isAbort(e) || report(e));
 * stop.abort(); // no step of it runs from now on; the promise rejects with an AbortError
 */
export function runInTasks<T>(steps: Generator<unknown, T>, { budget = 8, signal }: TaskOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const stopped = (): boolean => {
      if (!signal?.aborted) return false;
      steps.return(undefined as T);
      reject(signal.reason);
      return true;
    };
    const slice = () => {
      try {
        if (stopped()) return;
        const end = performance.now() + budget;
        for (;;) {
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (stopped()) return;
          if (performance.now() >= end) return void setTimeout(slice, 0);
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setTimeout(slice, 0);
  });
}

/** The rejection of work its signal stopped, told apart from a failure. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
