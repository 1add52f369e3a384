/**
 * A series' values and columns in words, in either script: amounts as a Chinese financial page
 * writes them (`20,225點`, `1,720億港元`, `+5.2%`), and the rows of its table and CSV.
 */
import type { Measure } from '../facts/fact';
import type { FigureUnit } from '../figures/figure';
import { chineseAmount, grouped, type Script } from '../figures/format';
import { CURRENCY_WORDS, MULTIPLE_WORD, PERCENTAGE_POINTS_WORD, POINTS_WORD, PRICE_POINTS_WORD, TO_WORD } from '../figures/unit-words';
import type { SeriesPoint } from './series';

const MOVES: ReadonlySet<Measure> = new Set(['change', 'change-percent']);

/** The unit as an axis names it: 點, 港元, %, 倍. */
export function seriesUnitName(unit: FigureUnit, script: Script): string {
  if (unit === 'percent') return '%';
  if (unit === 'points') return POINTS_WORD[script];
  if (unit === 'pricePoints') return PRICE_POINTS_WORD[script];
  if (unit === 'percentagePoints') return PERCENTAGE_POINTS_WORD[script];
  if (unit === 'x') return MULTIPLE_WORD[script];
  if (unit === 'count') return '';
  return CURRENCY_WORDS[unit]?.[script] ?? unit;
}

/**
 * One amount with its unit; a move has its sign.
 *
 * @example
 * seriesAmount(172e9, 'HKD', 'hans') // '1,720亿港元'
 * seriesAmount(-3.1, 'percent', 'hant', 'change-percent') // '-3.1%'
 */
export function seriesAmount(value: number, unit: FigureUnit, script: Script, measure?: Measure): string {
  const sign = value < 0 ? '-' : measure && MOVES.has(measure) && value > 0 ? '+' : '';
  const abs = Math.abs(value);
  if (unit === 'percent' || unit === 'points' || unit === 'pricePoints' || unit === 'percentagePoints' || unit === 'x' || unit === 'count') {
    return `${sign}${grouped(abs)}${seriesUnitName(unit, script)}`;
  }
  const { digits, magnitude } = chineseAmount(abs, script);
  return `${sign}${digits}${magnitude}${seriesUnitName(unit, script)}`;
}

/** A point's value as cited: its sign, and a range's other end. */
export function pointAmount(point: SeriesPoint, script: Script, measure: Measure): string {
  const first = seriesAmount(point.signed, point.unit, script, measure);
  if (point.to === undefined) return first;
  return `${first}${TO_WORD[script]}${seriesAmount(point.negative ? -point.to : point.to, point.unit, script, measure)}`;
}

/** An axis tick: the amount without its unit (`1,720億`, `20,000`, `2.5%`). */
export function seriesTick(value: number, unit: FigureUnit, script: Script): string {
  if (unit === 'percent') return `${grouped(value, 2)}%`;
  if (unit === 'points' || unit === 'pricePoints' || unit === 'x' || unit === 'percentagePoints' || unit === 'count') return grouped(value, 2);
  const { digits, magnitude } = chineseAmount(value, script);
  return digits + magnitude;
}
