import { foldWidth } from '../text/width-fold';
import type { Market, StockRef } from './stock-mention';

/** `HK:00700`: one string per stock, for maps, sets and storage. */
export function stockKey(s: StockRef): string {
  return `${s.market}:${s.code}`;
}

/**
 * The market a bare six-digit A-share code belongs to: `6…` and `900…` (B shares) are Shanghai;
 * `00…`, `30…` and `200…`/`201…` (B shares) are Shenzhen. Anything else (indices such as
 * `399001`, Beijing's `8…`/`92…`, funds, bonds, a `202503` that is a month) is undefined.
 *
 * @example
 * aShareMarket('600519') // 'SH'
 * aShareMarket('000046') // 'SZ'
 */
export function aShareMarket(code: string): 'SH' | 'SZ' | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  if (/^(?:6|900)/.test(code)) return 'SH';
  if (/^(?:00|30|20[01])/.test(code)) return 'SZ';
  return undefined;
}

/**
 * Whether an explicitly marked A-share code is an index rather than a stock: Shanghai's
 * `000…` series (`000001.SH` is the SSE Composite) and Shenzhen's `399…` series.
 */
export function isIndexCode(code: string, market: Market): boolean {
  return (market === 'SH' && code.startsWith('000')) || (market === 'SZ' && code.startsWith('399'));
}

/**
 * The normalised code for a market, or `''` when `raw` cannot be one: Hong Kong is padded to five
 * digits, Shanghai and Shenzhen to six, a US ticker is upper-cased with any exchange label
 * (`NASDAQ:`) or Reuters/Futu suffix (`.O`, `.N`, `.K`, `.US`) removed. Full-width digits count.
 *
 * @example
 * normaliseCode('（７００）', 'HK') // '00700'
 * normaliseCode('0700.HK', 'HK') // '00700'
 * normaliseCode('SH600519', 'SH') // '600519'
 * normaliseCode('nasdaq: nvda', 'US') // 'NVDA'
 * normaliseCode('7203.T', 'JP') // '7203'
 * normaliseCode('005930.KS', 'KR') // '005930'
 * normaliseCode('0050.TW', 'TW') // '0050'
 */
export function normaliseCode(raw: string, market: Market): string {
  if (market !== 'US' && market !== 'JP' && market !== 'TW' && ASCII_DIGITS.test(raw)) return padDigits(raw, market === 'HK' ? 5 : 6);
  const s = foldWidth(raw).trim().toUpperCase();
  if (market === 'US') return normaliseTicker(s);
  if (market === 'JP') return JP_CODE.exec(s)?.[1] ?? '';
  if (market === 'TW') return TW_CODE.exec(s)?.[1] ?? '';
  return padDigits(/\d+/.exec(s)?.[0] ?? '', market === 'HK' ? 5 : 6);
}

const ASCII_DIGITS = /^\d{1,12}$/;
/** Tokyo's codes: four characters, a digit first (7203, 130A), `.T` or Bloomberg's ` JP`/` JT` after when written. */
const JP_CODE = /^([0-9][0-9A-Z]{3})(?:\.T| J[PT])?$/;
/**
 * Taipei's codes: four digits for shares (2330), four to six for funds (0050, 00878), kept as
 * written (the leading zeros are part of them); `.TW` (TWSE), `.TWO` (TPEx) or Bloomberg's ` TT` after.
 */
const TW_CODE = /^(\d{4,6})(?:\.TWO?| TT)?$/;

function padDigits(digits: string, width: number): string {
  let i = 0;
  while (i < digits.length && digits[i] === '0') i++;
  const significant = digits.length - i;
  if (significant === 0 || significant > width) return '';
  return digits.length === width && i <= width ? digits : digits.slice(i).padStart(width, '0');
}

function normaliseTicker(s: string): string {
  const bare = s
    .replace(/^\$/, '')
    .replace(/^[A-Z ]*:\s*/, '')
    .replace(/(?:\.(?:US|OQ|O|N|K)| US)$/, '');
  return /^[A-Z]{1,5}(?:\.[A-Z])?$/.test(bare) ? bare : '';
}
