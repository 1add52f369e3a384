/**
 * Small timing helpers for the benchmarks: warm up, then take the median of several runs, so
 * one garbage collection doesn't decide a figure.
 */
export interface Timing {
  /** Median milliseconds per run. */
  ms: number;
  runs: number;
}

export function time(fn: () => unknown, { runs = 11, warmup = 3 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, runs };
}

/**
 * Two things timed in alternation (a, then b, each run), and b's cost as a share of a's: the
 * median of the runs' ratios, so a busy moment of the machine weighs on both sides of one ratio
 * rather than on one figure.
 */
export function paired(a: () => unknown, b: () => unknown, { runs = 21, warmup = 3 } = {}): { a: Timing; b: Timing; ratio: number } {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    as.push(t1 - t0);
    bs.push(t2 - t1);
    ratios.push((t2 - t1) / (t1 - t0));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { a: { ms: median(as), runs }, b: { ms: median(bs), runs }, ratio: median(ratios) };
}

export function mbPerSecond(bytes: number, ms: number): string {
  return `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`;
}

export function row(label: string, ...cells: string[]): void {
  console.log(`  ${label.padEnd(44)} ${cells.map((c) => c.padStart(14)).join(' ')}`);
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The sample repeated until it is at least `bytes` of UTF-8. */
export function repeatToSize(sample: string, bytes: number): string {
  const n = Math.ceil(bytes / utf8Bytes(sample));
  return Array.from({ length: n }, () => sample).join('\n\n');
}
