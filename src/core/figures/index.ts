/**
 * Figures: every number a page cites, normalised (value, unit, qualifier, label, date), with the
 * span it came from,. Pure TypeScript.
 *
 * Reading is one pass (extract.ts) that hands each place a numeral can begin to the figure
 * reader (figure-reader.ts): numeral (numeral.ts), date (dates.ts), unit (units.ts, currency.ts),
 * prefix (prefix.ts, qualifiers.ts), range and percentage words (amount.ts), bare levels
 * (level.ts); the clause then gives the label (label.ts) and the sentence the date.
 */
export type { Figure, FigureUnit, Qualifier, YuanCurrency } from './figure';
export { extractFigures, type ExtractOptions } from './extract';
export { carriedCurrency, type DecidedCurrency } from './currency-context';
export { guessYuanCurrency } from './yuan';
export { describeFigure } from './describe';
export { parseChineseNumber } from './parse-number';
