/**
 * Splits a converted snippet back into its parts. A snippet is converted whole (a phrase
 * converter reads better with context), and script conversion keeps the code-point length, so
 * the parts' code-point lengths in the original cut the converted text in the same places. Should
 * the lengths ever differ, the parts are converted one by one instead (`convert` on each).
 *
 * @example
 * splitConverted(['今日', '騰訊', '升'], (s) => hk2cn(s)) // ['今日', '腾讯', '升']
 */
export function splitConverted(parts: readonly string[], convert: (text: string) => string): string[] {
  const whole = [...convert(parts.join(''))];
  const lengths = parts.map((p) => [...p].length);
  if (whole.length !== lengths.reduce((a, b) => a + b, 0)) return parts.map(convert);
  const out: string[] = [];
  let at = 0;
  for (const n of lengths) {
    out.push(whole.slice(at, at + n).join(''));
    at += n;
  }
  return out;
}
