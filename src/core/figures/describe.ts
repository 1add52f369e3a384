import type { Figure, FigureUnit } from './figure';
import { chineseAmount, englishAmount, grouped, type Script } from './format';
import { inScript } from './measure-words';
import { EACH_WORD, MORE_WORD, MULTIPLE_WORD, PERCENTAGE_POINTS_WORD, POINTS_WORD, PRICE_POINTS_WORD, qualifierWord, TO_WORD } from './unit-words';

const SYMBOL: Partial<Record<FigureUnit, string>> = {
  USD: 'US$', HKD: 'HK$', CNY: 'RMB', EUR: '€', JPY: 'JP¥', GBP: '£', TWD: 'NT$', KRW: '₩', MOP: 'MOP$',
};


/**
 * The figure's normalised value in words a reader knows, in the given script. Amounts keep the
 * Chinese magnitude and add the English one (3000億美元 → `US$3,000億 ≈ US$300bn`); percentages,
 * points and small counts are written out (`2.3%`, `20,225 點`, `6款`). Approximate figures say
 * so (約, 逾, 近, 至少, 至多, 多), ranges give both ends, 各 marks an amount for each item, and
 * a move carries its sign (升40美元 → `+US$40`, 跌300點 → `−300 點`), and so does a loss
 * (虧損5億港元 → `−HK$5億 ≈ −HK$500m`).
 *
 * @example
 * describeFigure(extractFigures('估值3000億美元')[0], 'hans') // 'US$3,000亿 ≈ US$300bn'
 */
export function describeFigure(f: Figure, script: Script): string {
  const more = f.qualifier === 'moreThan';
  const main = [f.value, ...(f.valueTo !== undefined ? [f.valueTo] : [])];
  const chinese = main.map((v) => amount(v, f, script, more)).join(` ${TO_WORD[script]} `);
  const english = f.unit === 'percent' || f.unit === 'percentagePoints' || f.unit === 'points' || f.unit === 'pricePoints' || f.unit === 'x' ? [] : main.map((v) => englishWithUnit(v, f, script));
  const approx = f.qualifier === 'exact' || f.qualifier === 'moreThan' ? '' : qualifierWord(f.qualifier, script);
  const each = f.each ? EACH_WORD[script] : '';
  const sign = f.move === 'up' ? '+' : f.move === 'down' || f.loss ? '−' : '';
  const head = each + sign + approx + chinese; // −逾18%: the move's sign, then its hedge
  if (english.length === 0 || english.some((e) => e === undefined)) return head;
  return `${head} ≈ ${sign}${english.join(` ${TO_WORD[script]} `)}${more ? '+' : ''}`;
}

function amount(v: number, f: Figure, script: Script, more: boolean): string {
  const plus = more ? MORE_WORD[script] : '';
  switch (f.unit) {
    case 'percent':
      return `${grouped(v)}${plus}%`;
    case 'percentagePoints':
      return `${grouped(v)}${plus}${PERCENTAGE_POINTS_WORD[script]}`;
    case 'points':
      return `${grouped(v)}${plus} ${POINTS_WORD[script]}`;
    case 'pricePoints':
      return `${grouped(v)}${plus}${PRICE_POINTS_WORD[script]}`;
    case 'x':
      return `${grouped(v)}${plus}${MULTIPLE_WORD[script]}`;
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
