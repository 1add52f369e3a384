import type { Figure, FigureUnit, Qualifier } from './types';
import { chineseAmount, englishAmount, grouped, type Script } from './format';
import { inScript } from './measure-words';

const SYMBOL: Partial<Record<FigureUnit, string>> = {
  USD: 'US$', HKD: 'HK$', CNY: 'RMB', EUR: '€', JPY: 'JP¥', GBP: '£', TWD: 'NT$',
};

const QUALIFIER: Record<Exclude<Qualifier, 'exact' | 'moreThan'>, { hant: string; hans: string }> = {
  over: { hant: '逾', hans: '逾' },
  nearly: { hant: '近', hans: '近' },
  about: { hant: '約', hans: '约' },
  atLeast: { hant: '至少', hans: '至少' },
  atMost: { hant: '至多', hans: '至多' },
};
const MORE = { hant: '多', hans: '多' };
const EACH = { hant: '各', hans: '各' };
const POINTS = { hant: '點', hans: '点' };
const PERCENTAGE_POINTS = { hant: '個百分點', hans: '个百分点' };
const TO = { hant: '至', hans: '至' };

/**
 * The figure's normalised value in words a reader knows, in the given script. Amounts keep the
 * Chinese magnitude and add the English one (3000億美元 → `US$3,000億 ≈ US$300bn`); percentages,
 * points and small counts are written out (`2.3%`, `20,225 點`, `6款`). Approximate figures say
 * so (約, 逾, 近, 至少, 至多, 多), ranges give both ends, 各 marks an amount for each item.
 *
 * @example
 * describeFigure(extractFigures('估值3000億美元')[0], 'hans') // 'US$3,000亿 ≈ US$300bn'
 */
export function describeFigure(f: Figure, script: Script): string {
  const more = f.qualifier === 'moreThan';
  const main = [f.value, ...(f.valueTo !== undefined ? [f.valueTo] : [])];
  const chinese = main.map((v) => amount(v, f, script, more)).join(` ${TO[script]} `);
  const english = f.unit === 'percent' || f.unit === 'percentagePoints' || f.unit === 'points' ? [] : main.map((v) => englishWithUnit(v, f, script));
  const approx = f.qualifier === 'exact' || f.qualifier === 'moreThan' ? '' : QUALIFIER[f.qualifier][script];
  const each = f.each ? EACH[script] : '';
  const head = each + approx + chinese;
  if (english.length === 0 || english.some((e) => e === undefined)) return head;
  return `${head} ≈ ${english.join(` ${TO[script]} `)}${more ? '+' : ''}`;
}

function amount(v: number, f: Figure, script: Script, more: boolean): string {
  const plus = more ? MORE[script] : '';
  switch (f.unit) {
    case 'percent':
      return `${grouped(v)}${plus}%`;
    case 'percentagePoints':
      return `${grouped(v)}${plus}${PERCENTAGE_POINTS[script]}`;
    case 'points':
      return `${grouped(v)}${plus} ${POINTS[script]}`;
    default: {
      const { digits, magnitude } = chineseAmount(v, script);
      const sign = digits.startsWith('-') ? '-' : '';
      const body = `${sign}${SYMBOL[f.unit] ?? ''}${digits.replace(/^-/, '')}${plus}${magnitude}`;
      const per = f.perUnit !== undefined ? `/${inScript(f.perUnit, script)}` : '';
      return f.unit === 'count' ? `${body}${inScript(f.measureWord ?? '', script)}` : body + per;
    }
  }
}

function englishWithUnit(v: number, f: Figure, script: Script): string | undefined {
  const e = englishAmount(v);
  if (e === undefined) return undefined;
  const sign = e.startsWith('-') ? '-' : '';
  return `${sign}${SYMBOL[f.unit] ?? ''}${e.replace(/^-/, '')}${f.perUnit !== undefined ? `/${inScript(f.perUnit, script)}` : ''}`;
}
