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
