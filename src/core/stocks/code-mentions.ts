import { isStock } from './judge';
import { nameBefore } from './name';
import { scanCodes, type CodeCandidate } from './scan';
import type { StockRef } from './stock-mention';

/** A mention in UTF-16 units of the scanned text (converted to code points at the end). */
export interface UnitMention {
  readonly start: number;
  readonly end: number;
  readonly stock: StockRef;
  readonly name?: string;
  /** The name without its class marker: what aliases look for. */
  readonly key?: string;
  readonly codeStart?: number;
  readonly codeEnd?: number;
  readonly via: 'code' | 'alias';
  readonly exchange?: string;
}

/** A Reuters code glued between a name and an HK code, as in `阿里巴巴BABA.K9988.HK`. */
const GLUED_RIC = /[A-Z]{1,5}\.[A-Z]{1,2}$/;

/**
 * The codes written in a text and the names beside them, left to right and non-overlapping,
 * in UTF-16 units.
 */
export function readCodeMentions(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  let floor = 0;
  for (const c of scanCodes(text)) {
    const outer = c.open ?? c.start;
    if (outer < floor) continue;
    const name = nameBefore(text, nameEndFor(c, text, floor), floor);
    if (!isStock(c, name, text, floor)) continue;
    const named = name.kind === 'name';
    let start = named ? name.start : outer;
    let end = c.close ?? c.end;
    if (start > floor && isDollar(text[start - 1]) && isDollar(text[end])) {
      start--;
      end++;
    }
    out.push({
      start,
      end,
      stock: c.stock,
      name: named ? text.slice(name.start, name.end) : undefined,
      key: named ? name.key : undefined,
      codeStart: c.codeStart,
      codeEnd: c.codeEnd,
      via: 'code',
      exchange: c.exchange,
    });
    floor = end;
  }
  return out;
}

/**
 * Where the name before a candidate must end: before its bracket (also the bracket a list of
 * codes opens with, `阿里巴巴（09988.HK/BABA.US）`), or before a glued RIC.
 */
function nameEndFor(c: CodeCandidate, text: string, floor: number): number {
  if (c.open !== undefined) return c.open;
  let i = c.start;
  while (i > floor && c.start - i < 2 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  if (i > floor && (text[i - 1] === '(' || text[i - 1] === '（')) return i - 1;
  if (c.stock.market !== 'HK') return c.start;
  const ric = GLUED_RIC.exec(text.slice(Math.max(floor, c.start - 9), c.start));
  return ric ? c.start - ric[0].length : c.start;
}

const isDollar = (c: string | undefined) => c === '$' || c === '＄';
