import type { FigureUnit, YuanCurrency } from './figure';
import { isDecimalPoint } from './numeral-chars';
import { isAsciiLetter } from '../text/char-classes';
import { currencyPrefixAt, resolveCurrency, type WrittenCurrency } from './currency';
import { readNumeral, type Numeral } from './numeral';
import { readUnit, type UnitRead } from './units';
import { wordSet, skipSpaces, wordAt } from './words';

const PER: Record<string, number> = { 百分之: 1, 千分之: 0.1, 萬分之: 0.01, 万分之: 0.01 };
const PER_WORDS = wordSet(Object.keys(PER));

/** A percentage written as 百分之…, 千分之…, 萬分之… */
export interface PercentWord {
  end: number;
  value: number;
  valueTo?: number;
  approx: boolean;
}

/**
 * 百分之2.4, 百分之五十, 百分之百, 千分之一 (→ 0.1 percent) at `i`; 'none' when no such word
 * starts there, 'invalid' when the word is there but no number follows.
 */
export function percentWordAt(text: string, i: number): PercentWord | 'none' | 'invalid' {
  const w = wordAt(text, i, PER_WORDS);
  if (w === undefined) return 'none';
  const scale = PER[w]!;
  const q = skipSpaces(text, i + w.length, 2);
  const n = readNumeral(text, q, { looseSpaces: true });
  if (!n && text.charAt(q) === '百' && readNumeral(text, q + 1) === undefined) return { end: q + 1, value: 100 * scale, approx: false };
  if (!n || n.digitString || isAsciiLetter(text.charCodeAt(n.end))) return 'invalid';
  return {
    end: n.end,
    value: n.value * scale,
    ...(n.valueTo !== undefined ? { valueTo: n.valueTo * scale } : {}),
    approx: n.approx,
  };
}

/** A unit read after a numeral, with a currency written before it taking precedence over 元. */
export function resolveUnit(read: UnitRead | undefined, before: WrittenCurrency | undefined, yuan: YuanCurrency): FigureUnit | undefined {
  if (read === undefined) return before === undefined ? undefined : resolveCurrency(before, yuan);
  const u = read.unit;
  if (u === 'percent' || u === 'percentagePoints' || u === 'points' || u === 'pricePoints' || u === 'x' || u === 'count') return u;
  return resolveCurrency(before !== undefined && u === 'yuan' ? before : u, yuan);
}

/**
 * Whether the currency read is only a bare 元 or `$` (with no currency before it to say which):
 * the figure's own context then decides it (see `currency-context.ts`).
 */
export function saysBareCurrency(read: UnitRead | undefined, before: WrittenCurrency | undefined): boolean {
  const written = read === undefined ? before : before !== undefined && read.unit === 'yuan' ? before : read.unit;
  return written === 'yuan' || written === 'dollar';
}

/** The far end of a range (至-135億元, 到百分之五): its value, unit and where it ends. */
export interface RangeEnd {
  end: number;
  value: number;
  unit: FigureUnit;
  measureWord?: string;
  /** Its currency is a bare 元 or `$`. */
  bareCurrency: boolean;
  /** Multiplier of the far end's numeral (5億 → 1e8), lent to a bare near end (3至5億). */
  scale: number;
  unitScale: number;
  add: number;
}

const CONNECTORS = wordSet(['至', '到', '~', '～', '〜', '-', '－', '—', '–']);

/** The far end of a range starting with a connector at `i`, or undefined. */
export function rangeEndAt(text: string, i: number, yuan: YuanCurrency): RangeEnd | undefined {
  if (wordAt(text, i, CONNECTORS) === undefined) return undefined;
  let p = skipSpaces(text, i + 1, 2);
  const cur = currencyPrefixAt(text, p);
  if (cur) p = cur.end;
  let sign = 1;
  const s = text.charAt(p);
  if (s === '-' || s === '－' || s === '−' || s === '負' || s === '负') {
    sign = -1;
    p++;
  }
  const pw = percentWordAt(text, p);
  if (pw !== 'none') {
    if (pw === 'invalid' || pw.valueTo !== undefined) return undefined;
    return { end: pw.end, value: sign * pw.value, unit: 'percent', bareCurrency: false, scale: 1, unitScale: 1, add: 0 };
  }
  const n: Numeral | undefined = readNumeral(text, p);
  if (!n || n.valueTo !== undefined || n.digitString || isAsciiLetter(text.charCodeAt(n.end))) return undefined;
  if (isDecimalPoint(text.charCodeAt(n.end)) && isAsciiLetter(text.charCodeAt(n.end + 1))) return undefined;
  const read = readUnit(text, n.end);
  const unit = resolveUnit(read, cur?.currency, yuan);
  if (unit === undefined) return undefined;
  const unitScale = read?.scale ?? 1;
  const add = read?.add ?? 0;
  return {
    end: read?.end ?? n.end,
    value: sign * (n.value * unitScale + add),
    unit,
    ...(read?.measureWord !== undefined ? { measureWord: read.measureWord } : {}),
    bareCurrency: saysBareCurrency(read, cur?.currency),
    scale: n.scale,
    unitScale,
    add,
  };
}
