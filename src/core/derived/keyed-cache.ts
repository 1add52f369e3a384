/**
 * A bounded cache of derived values with per-key subscriptions: the one home of what is derived
 * from a page (see `shared/page/analysis.ts`). An entry that is pinned (the open page) or has a
 * live subscriber (a view showing it) is kept, always; of the others at most `bound` stay, the
 * least recently used going first. So the open page never makes room for library-wide work.
 * A change to one key notifies that key's subscribers only.
 *
 * Pure: no React, no DOM. A React view reads it through `useSyncExternalStore(subscribe, peek)`.
 */
export interface KeyedCache<V> {
  /** The value, counted as a use (it becomes the most recently used). */
  get(key: string): V | undefined;
  /** The value, without counting a use: for snapshots read on every render. */
  peek(key: string): V | undefined;
  has(key: string): boolean;
  /**
   * Stores a value (the most recently used from now on), evicts what the bound allows, and tells
   * the key's subscribers unless `quiet` (for a value filled in while rendering, which every
   * reader computes alike).
   */
  set(key: string, value: V, options?: { quiet?: boolean }): void;
  delete(key: string): void;
  /** Calls `listener` whenever the key's value is set or deleted; returns the unsubscribe. */
  subscribe(key: string, listener: () => void): () => void;
  /** Keeps the key through any eviction until the returned release is called (counted: pins nest). */
  pin(key: string): () => void;
  /** Keys from least to most recently used. */
  keys(): string[];
  readonly size: number;
}

export function createKeyedCache<V>(bound: number): KeyedCache<V> {
  if (!(bound >= 0)) throw new RangeError(`bound must be ≥ 0, got ${bound}`);
  // A Map iterates in insertion order: re-inserting on use keeps it least → most recently used.
  const values = new Map<string, V>();
  const listeners = new Map<string, Set<() => void>>();
  const pins = new Map<string, number>();

  const kept = (key: string) => (pins.get(key) ?? 0) > 0 || (listeners.get(key)?.size ?? 0) > 0;

  function notify(key: string): void {
    const set = listeners.get(key);
    if (!set) return;
    for (const listener of [...set]) listener();
  }

  /** Drops the least recently used of the entries not kept until at most `bound` of them remain. */
  function evict(): void {
    if (values.size <= bound) return;
    const loose = [...values.keys()].filter((key) => !kept(key));
    for (let i = 0; i < loose.length - bound; i++) values.delete(loose[i]!);
  }

  function touch(key: string, value: V): void {
    values.delete(key);
    values.set(key, value);
  }

  return {
    get(key) {
      const value = values.get(key);
      if (value !== undefined) touch(key, value);
      return value;
    },
    peek: (key) => values.get(key),
    has: (key) => values.has(key),
    set(key, value, options) {
      touch(key, value);
      evict();
      if (!options?.quiet) notify(key);
    },
    delete(key) {
      if (!values.delete(key)) return;
      notify(key);
    },
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      // A wrapper of its own, so one listener subscribed twice is two subscriptions.
      const own = () => listener();
      set.add(own);
      return () => {
        const current = listeners.get(key);
        if (!current?.delete(own)) return;
        if (current.size === 0) listeners.delete(key);
        evict();
      };
    },
    pin(key) {
      pins.set(key, (pins.get(key) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const n = (pins.get(key) ?? 1) - 1;
        if (n > 0) pins.set(key, n);
        else pins.delete(key);
        evict();
      };
    },
    keys: () => [...values.keys()],
    get size() {
      return values.size;
    },
  };
}
