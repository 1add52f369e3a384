/** Number formatting for descriptions: grouped digits and the two ways of saying large amounts. */

/** `1234567.5` → `1,234,567.5`; at most `decimals` decimals, trailing zeros dropped. */
export function grouped(n: number, decimals = 4): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const fixed = Math.abs(n).toFixed(decimals).replace(/\.?0+$/, '');
  const [int = '0', frac] = fixed.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = n < 0 && fixed !== '0' ? '-' : '';
  return sign + withCommas + (frac ? `.${frac}` : '');
}

/** The script a description is written in: Traditional or Simplified. */
export type Script = 'hant' | 'hans';

const CHINESE_STEPS: readonly [number, { hant: string; hans: string }][] = [
  [1e12, { hant: '萬億', hans: '万亿' }],
  [1e8, { hant: '億', hans: '亿' }],
  [1e4, { hant: '萬', hans: '万' }],
];
const ENGLISH_STEPS: readonly [number, string][] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'm'],
];

/** Below this an amount is written out in full (HK$25,000); from it on, in 萬/億 and m/bn. */
export const LARGE = 1e6;

/** An amount in Chinese magnitudes: 3e11 → { digits: '3,000', magnitude: '億' }. */
export function chineseAmount(n: number, script: Script): { digits: string; magnitude: string } {
  const abs = Math.abs(n);
  if (abs >= LARGE) {
    for (const [step, names] of CHINESE_STEPS) {
      if (abs >= step) return { digits: grouped(n / step), magnitude: names[script] };
    }
  }
  return { digits: grouped(n), magnitude: '' };
}

/** An amount in English magnitudes: 3e11 → '300bn'; undefined below a million. */
export function englishAmount(n: number): string | undefined {
  const abs = Math.abs(n);
  for (const [step, name] of ENGLISH_STEPS) if (abs >= step) return grouped(n / step, 3) + name;
  return undefined;
}
