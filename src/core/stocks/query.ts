import { foldWidth } from '../text/width-fold';
import { aShareMarket, normaliseCode, stockKey } from './normalise';
import type { Market, StockRef } from './stock-mention';

/**
 * Reads what someone typed into the search box as stock codes. Returns the normalised
 * candidates (none when the query is not a code): Hong Kong for one to five digits with or
 * without `.HK` or ` HK`, Shanghai or Shenzhen for six digits (by prefix unless `.SH`/`.SS`/`.SZ`
 * or an `SH`/`SZ` prefix says which), the US for a ticker, bare or labelled (`NASDAQ: NVDA`,
 * `AAPL US`), Seoul, Taipei, Beijing and Tokyo with their suffix (`005930.KS`, `2330.TW`,
 * `835185.BJ`, `7203.T`). Several codes separated by spaces or commas give several candidates.
 *
 * @example
 * parseStockQuery('700.HK') // [{ code: '00700', market: 'HK' }]
 * parseStockQuery('SH600519') // [{ code: '600519', market: 'SH' }]
 * parseStockQuery('NASDAQ: NVDA') // [{ code: 'NVDA', market: 'US' }]
 */
export function parseStockQuery(q: string): StockRef[] {
  const s = foldWidth(q).trim().toUpperCase();
  if (s === '' || s.length > 200) return [];
  const whole = parseOne(s);
  if (whole) return [whole];
  const out = new Map<string, StockRef>();
  for (const part of s.split(/[\s,，、;；/|]+/)) {
    const ref = parseOne(part);
    if (ref) out.set(stockKey(ref), ref);
  }
  return [...out.values()];
}

const HK_QUERY = /^(?:(?:HKEX|SEHK|HKG|HK)\s*[.:]?\s*)?(\d{1,5})(?:\s*\.?\s*HK)?$/;
const A_SUFFIX = /^(\d{6})\.(SH|SS|SZ)$/;
const A_PREFIX = /^(SH|SZ|SSE|SZSE)\s*[.:]?\s*(\d{6})$/;
/** Seoul (005930.KS, 035720 KQ), Taipei (2330.TW, 8069.TWO, 2330 TT), Beijing (835185.BJ), Tokyo (7203.T, 7203 JP). */
const OTHER_QUERY = /^(\d{6})\s*\.?\s*(KS|KQ|BJ)$|^(\d{4,6})\s*\.?\s*(TWO|TW|TT)$|^(\d[0-9A-Z]{3})(?:\.T|\s+J[PT])$/;
const US_QUERY = /^\$?(?:(?:NASDAQ|NYSE|AMEX|US)\s*:\s*)?([A-Z]{1,5}(?:\.[AB])?)(?:\.(?:US|OQ|O|N|K)|\s+US)?$/;

function parseOne(s: string): StockRef | undefined {
  let m = HK_QUERY.exec(s);
  if (m) return make(m[1]!, 'HK');
  m = A_SUFFIX.exec(s);
  if (m) return make(m[1]!, m[2] === 'SZ' ? 'SZ' : 'SH');
  m = A_PREFIX.exec(s);
  if (m) return make(m[2]!, m[1]!.startsWith('SZ') ? 'SZ' : 'SH');
  m = OTHER_QUERY.exec(s);
  if (m) return m[1] ? make(m[1], m[2] === 'BJ' ? 'BJ' : 'KR') : m[3] ? make(m[3], 'TW') : make(m[5]!, 'JP');
  if (/^\d{6}$/.test(s)) {
    const market = aShareMarket(s);
    return market ? make(s, market) : undefined;
  }
  m = US_QUERY.exec(s);
  if (m) return make(m[1]!, 'US');
  return undefined;
}

function make(raw: string, market: Market): StockRef | undefined {
  const code = normaliseCode(raw, market);
  return code === '' ? undefined : { code, market };
}
