/** Steps an axis may take, per power of ten: 1, 2, 2.5, 5 (then 10, 20, … of the next power). */
const STEPS = [1, 2, 2.5, 5];

/**
 * Round axis ticks from `lo` to `hi` (both included), at most `maxCount` (≥ 3) of them, with the
 * smallest step of 1, 2, 2.5 or 5 × 10ⁿ that fits: 0–1000 in five ticks is 0, 250 … 1000,
 * not recharts' 0, 350, 700, 1050. The first tick is at or below `lo`, the last at or above `hi`.
 */
export function niceTicks(lo: number, hi: number, maxCount = 5): number[] {
  const max = Math.max(3, Math.floor(maxCount)); // a range across zero needs three
  const top = hi > lo ? hi : lo + 1;
  const rough = (top - lo) / (max - 1);
  let scale = 10 ** Math.floor(Math.log10(rough));
  for (;;) {
    for (const m of STEPS) {
      const step = m * scale;
      const first = snap(lo / step, Math.floor);
      const last = snap(top / step, Math.ceil);
      if (last - first + 1 <= max) return Array.from({ length: last - first + 1 }, (_, i) => clean((first + i) * step, step));
    }
    scale *= 10;
  }
}

/** Rounds a quotient the given way, taking one a rounding error off a whole number as that number. */
function snap(q: number, round: (x: number) => number): number {
  const whole = Math.round(q);
  return Math.abs(q - whole) < 1e-9 ? whole : round(q);
}

/**
 * Takes floating-point noise off a tick (0.30000000000000004 → 0.3) by rounding it to the
 * decimals its step has, plus one. Rounding to a number of significant digits instead would cut
 * into the step itself when the ticks are large and the step small (−175921861000.0025 at 15
 * digits is −175921861000.003, and the ticks stop being even).
 */
function clean(tick: number, step: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step)) + 1);
  return Math.abs(tick) < 1e21 && decimals <= 100 ? Number(tick.toFixed(decimals)) : tick;
}
