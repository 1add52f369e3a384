import type { FigureUnit, Qualifier } from '../figures';
import { chineseAmount, grouped, type Script } from '../figures/format';
import { inScript } from '../figures/measure-words';
import { writeText, type ChartText } from './chart-text';
import { CURRENCY_WORDS, MORE_WORD, MULTIPLE_WORD, PERCENTAGE_POINTS_WORD, POINTS_WORD, PRICE_POINTS_WORD, qualifierWord, TO_WORD } from '../figures/unit-words';

/** What a chart needs to know to write a value: its unit and, for counts and prices, the words. */
export interface ValueUnit {
  readonly unit: FigureUnit;
  readonly measureWord?: string | undefined;
  readonly perUnit?: string | undefined;
  /** The values are moves: a rise is written with its + (a fall has its − already). */
  readonly moves?: true | undefined;
}

export { qualifierWord };

/**
 * A chart's title in the display script: what it shows, in the page's names and Broadsheet's
 * words (OpenAI估值, 港股個股升跌幅), page words converted by `display`.
 *
 * @example
 * chartTitle({ title: ['OpenAI', { hant: '估值', hans: '估值' }] }, 'hans', (s) => s) // 'OpenAI估值'
 */
export function chartTitle(chart: { readonly title: ChartText }, script: Script, display: (pageText: string) => string): string {
  return writeText(chart.title, script, display);
}

/** The unit as a chart's axis names it: 美元, 港元/股, %, 點, 款. */
export function unitName({ unit, measureWord, perUnit }: ValueUnit, script: Script): string {
  if (unit === 'percent') return '%';
  if (unit === 'percentagePoints') return PERCENTAGE_POINTS_WORD[script];
  if (unit === 'points') return POINTS_WORD[script];
  if (unit === 'pricePoints') return PRICE_POINTS_WORD[script];
  if (unit === 'x') return MULTIPLE_WORD[script];
  if (unit === 'count') return inScript(measureWord ?? '', script);
  const per = perUnit !== undefined ? `/${inScript(perUnit, script)}` : '';
  return (CURRENCY_WORDS[unit]?.[script] ?? unit) + per;
}

/**
 * One amount the way a Chinese financial page writes it: large amounts in 萬/億 with the unit
 * after (3e11 USD → `3,000億美元`), percentages and points written out (`2.3%`, `20,225點`).
 * `more` writes 3000多億 (the page's 多).
 */
export function formatAmount(value: number, u: ValueUnit, script: Script, more = false): string {
  const plus = more ? MORE_WORD[script] : '';
  switch (u.unit) {
    case 'percent':
      return `${grouped(value)}${plus}%`;
    case 'percentagePoints':
    case 'points':
    case 'pricePoints':
    case 'x':
      return `${grouped(value)}${plus}${unitName(u, script)}`;
    default: {
      const { digits, magnitude } = chineseAmount(value, script);
      return `${digits}${plus}${magnitude}${unitName(u, script)}`;
    }
  }
}

/**
 * A figure's value as a chart labels it: hedged (`逾2萬點`), a range with its unit once
 * (`500億至600億美元`; percentages keep both: `20%至30%`), a move with its sign (`+2.5%`, on a
 * chart of moves or beside levels).
 */
export function formatValue(
  row: { readonly value: number; readonly valueTo?: number | undefined; readonly qualifier: Qualifier; readonly move?: 'up' | 'down' | undefined },
  u: ValueUnit,
  script: Script,
): string {
  const more = row.qualifier === 'moreThan';
  const hedge = more ? '' : qualifierWord(row.qualifier, script);
  const ends = [row.value, ...(row.valueTo !== undefined ? [row.valueTo] : [])];
  const rise = u.moves || row.move === 'up';
  // The sign before the hedge: a fall of more than 18% is -逾18%, not 逾-18%.
  const sign = (v: number) => (v < 0 ? '-' : rise && v > 0 ? '+' : '');
  const unit = u.unit === 'percent' ? '' : unitName(u, script);
  const amount = (v: number, i: number) => {
    const whole = formatAmount(Math.abs(v), u, script, more);
    // A range names its unit once, after its second end (110億至135億人民幣), as the page would.
    return i < ends.length - 1 && unit !== '' && whole.endsWith(unit) ? whole.slice(0, -unit.length) : whole;
  };
  return ends.map((v, i) => sign(v) + (i === 0 ? hedge : '') + amount(v, i)).join(TO_WORD[script]);
}

/** An axis tick: the amount without its unit (the axis names the unit once): `750億`, `2.5%`. */
export function formatTick(value: number, u: ValueUnit, script: Script): string {
  if (u.unit === 'percent') return `${grouped(value, 2)}%`;
  if (u.unit === 'points' || u.unit === 'pricePoints' || u.unit === 'x' || u.unit === 'percentagePoints') return grouped(value, 2);
  const { digits, magnitude } = chineseAmount(value, script);
  return digits + magnitude;
}
