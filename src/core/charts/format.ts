import type { FigureUnit, Qualifier } from '../figures';
import { chineseAmount, grouped, type Script } from '../figures/format';
import { inScript } from '../figures/measure-words';

/** What a chart needs to know to write a value: its unit and, for counts and prices, the words. */
export interface ValueUnit {
  readonly unit: FigureUnit;
  readonly measureWord?: string | undefined;
  readonly perUnit?: string | undefined;
}

type Words = { readonly hant: string; readonly hans: string };

const CURRENCY: Partial<Record<FigureUnit, Words>> = {
  USD: { hant: '美元', hans: '美元' },
  HKD: { hant: '港元', hans: '港元' },
  CNY: { hant: '人民幣', hans: '人民币' },
  EUR: { hant: '歐元', hans: '欧元' },
  JPY: { hant: '日圓', hans: '日元' },
  GBP: { hant: '英鎊', hans: '英镑' },
  TWD: { hant: '新台幣', hans: '新台币' },
};
const POINTS: Words = { hant: '點', hans: '点' };
const PERCENTAGE_POINTS: Words = { hant: '個百分點', hans: '个百分点' };
const TO: Words = { hant: '至', hans: '至' };
const MORE: Words = { hant: '多', hans: '多' };

const QUALIFIER: Record<Qualifier, Words> = {
  over: { hant: '逾', hans: '逾' },
  nearly: { hant: '近', hans: '近' },
  about: { hant: '約', hans: '约' },
  atLeast: { hant: '至少', hans: '至少' },
  atMost: { hant: '至多', hans: '至多' },
  moreThan: { hant: '多', hans: '多' },
  exact: { hant: '', hans: '' },
};

/** The hedge a page put on a figure (逾, 近, 約 …), in the given script; '' for an exact one. */
export function qualifierWord(q: Qualifier, script: Script): string {
  return QUALIFIER[q][script];
}

/** The unit as a chart's axis names it: 美元, 港元/股, %, 點, 款. */
export function unitName({ unit, measureWord, perUnit }: ValueUnit, script: Script): string {
  if (unit === 'percent') return '%';
  if (unit === 'percentagePoints') return PERCENTAGE_POINTS[script];
  if (unit === 'points') return POINTS[script];
  if (unit === 'count') return inScript(measureWord ?? '', script);
  const per = perUnit !== undefined ? `/${inScript(perUnit, script)}` : '';
  return (CURRENCY[unit]?.[script] ?? unit) + per;
}

/**
 * One amount the way a Chinese financial page writes it: large amounts in 萬/億 with the unit
 * after (3e11 USD → `3,000億美元`), percentages and points written out (`2.3%`, `20,225點`).
 * `more` writes 3000多億 (the page's 多).
 */
export function formatAmount(value: number, u: ValueUnit, script: Script, more = false): string {
  const plus = more ? MORE[script] : '';
  switch (u.unit) {
    case 'percent':
      return `${grouped(value)}${plus}%`;
    case 'percentagePoints':
    case 'points':
      return `${grouped(value)}${plus}${unitName(u, script)}`;
    default: {
      const { digits, magnitude } = chineseAmount(value, script);
      return `${digits}${plus}${magnitude}${unitName(u, script)}`;
    }
  }
}

/** A figure's value as a chart labels it: hedged (`逾2萬點`), a range (`500至600億美元`). */
export function formatValue(
  row: { readonly value: number; readonly valueTo?: number | undefined; readonly qualifier: Qualifier },
  u: ValueUnit,
  script: Script,
): string {
  const more = row.qualifier === 'moreThan';
  const hedge = more ? '' : qualifierWord(row.qualifier, script);
  const ends = [row.value, ...(row.valueTo !== undefined ? [row.valueTo] : [])];
  return hedge + ends.map((v) => formatAmount(v, u, script, more)).join(TO[script]);
}

/** An axis tick: the amount without its unit (the axis names the unit once): `750億`, `2.5%`. */
export function formatTick(value: number, u: ValueUnit, script: Script): string {
  if (u.unit === 'percent') return `${grouped(value, 2)}%`;
  if (u.unit === 'points' || u.unit === 'percentagePoints') return grouped(value, 2);
  const { digits, magnitude } = chineseAmount(value, script);
  return digits + magnitude;
}
