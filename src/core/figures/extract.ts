import type { Span } from '../span';
import type { Figure, FigureUnit, YuanCurrency } from './figure';
import { codePointMap } from '../text/code-points';
import { NUMBER_START } from './numeral-chars';
import { readAt, type RawFigure } from './figure-reader';
import { clauseLabel, perUnitIn, saysEach } from './label';
import { namesIndex } from './level';
import { lossBefore, moveBefore } from './move';
import { guessYuanCurrency } from './yuan';
import { fxPairBefore, orientRate, plausibleRate } from './fx';
import { carriedCurrencies, decideCurrency, type DecidedCurrency, type StockPlace } from './currency-context';
import { findStockMentions, type StockMention } from '../stocks';

/** What a character is to the scanner: a numeral may begin, a clause ends, a sentence ends. */
const START = 1;
const CLAUSE_END = 2;
const SENTENCE_END = 3;
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (NUMBER_START[c] === 1) t[c] = START;
  for (const ch of '，,；;：:\n\r') t[ch.charCodeAt(0)] = CLAUSE_END;
  for (const ch of '。！？!?') t[ch.charCodeAt(0)] = SENTENCE_END;
  return t;
})();

/** How far back a label may reach: a clause's subject sits close to its figure. */
const LABEL_REACH = 48;
/** How far back in its sentence a bare level looks for an index as its subject. */
const SENTENCE_REACH = 60;
/** An index named as a sentence's subject: 恒指, 國指, 上證指數, 道指, 標普, 日經 (not 指出). */
const INDEX_SUBJECT = /指數|指数|[恒國国企科道納纳深滬沪]指|標普|标普|日經|日经/;
/** How many earlier figures a bare level may borrow its unit from. */
const BORROW_REACH = 12;
const CURRENCIES: ReadonlySet<FigureUnit> = new Set(['USD', 'HKD', 'CNY', 'EUR', 'JPY', 'GBP', 'TWD', 'KRW', 'MOP']);
/** Units a bare level may borrow: prices and index levels. */
const LEVEL_UNITS: ReadonlySet<FigureUnit> = new Set([...CURRENCIES, 'points']);

interface Placed {
  figure: Figure;
  /** UTF-16 indices of the figure in the text. */
  start: number;
  end: number;
}

/** What the figure's clause and sentence say around it. */
interface Context {
  /** The clause before the figure (from its start, or the previous figure). */
  pre: string;
  /** The label the clause gives. */
  own: string;
  /** The previous figure, when in the same sentence. */
  previous: Placed | undefined;
  /** The date the sentence ties the figure to. */
  date: string | undefined;
  /** The figure's span in code points. */
  span: Span;
  placed: readonly Placed[];
  /** UTF-16 index of the figure's sentence. */
  sentenceStart: number;
  /** The currency an earlier 下同 carries to here. */
  carried: DecidedCurrency | undefined;
  stocks: readonly StockPlace[];
}

/** How to read the text's figures. */
export interface ExtractOptions {
  /** What a bare 元 means where nothing around a figure says: by default {@link guessYuanCurrency} of the text. */
  yuan?: YuanCurrency;
  /** The stocks the text names (code points of the text): by default, those it names itself. */
  stocks?: readonly StockMention[];
  /** A currency carried into the text by a 下同 before it (an earlier paragraph's). */
  carried?: DecidedCurrency;
}

/**
 * Every figure the text cites, in order, with non-overlapping spans in code points. One pass
 * over the text: a table lookup per character, and the number reader where a numeral can begin.
 * A bare 元 means `options.yuan`, by default what {@link guessYuanCurrency} makes of the text.
 *
 * @example
 * extractFigures('公司估值有望達到3000億美元')[0]
 * // { value: 300000000000, unit: 'USD', label: '公司估值', qualifier: 'exact', text: '3000億美元', … }
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  const yuan = options.yuan ?? guessYuanCurrency(text);
  const map = codePointMap(text);
  const stocks = (options.stocks ?? findStockMentions(text)).map((m) => ({ start: map.toUnit(m.span.start), end: map.toUnit(m.span.end), market: m.stock.market }));
  const carriers = carriedCurrencies(text);
  let carrier = -1;
  const placed: Placed[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  let floor = 0;
  let date: { iso: string; start: number } | undefined;
  for (let i = 0; i < text.length; ) {
    const k = CLASS[text.charCodeAt(i)];
    if (k !== START) {
      if (k === CLAUSE_END || k === SENTENCE_END) {
        clauseStart = i + 1;
        if (k === SENTENCE_END) sentenceStart = i + 1;
      }
      i++;
      continue;
    }
    const r = readAt(text, i, floor, yuan);
    if (r.stamp) clauseStart = sentenceStart = i;
    if (r.date !== undefined) date = { iso: r.date, start: i };
    if (r.figure) {
      const last = placed.at(-1);
      const previous = last && last.start >= sentenceStart ? last : undefined;
      const from = Math.max(clauseStart, last?.end ?? 0, r.figure.start - LABEL_REACH);
      const pre = text.slice(from, r.figure.start);
      const own = clauseLabel(pre, from > clauseStart && from > (last?.end ?? 0));
      // A date earlier in the sentence, with no other figure between them.
      const dated = date && date.start >= sentenceStart && (!previous || previous.end <= date.start) ? date.iso : undefined;
      const span = { start: map.toCodePoint(r.figure.start), end: map.toCodePoint(r.figure.end) };
      while (carrier + 1 < carriers.length && carriers[carrier + 1]!.at < r.figure.start) carrier++;
      const carried = carrier >= 0 ? carriers[carrier]!.currency : options.carried;
      const figure = place(text, r.figure, { pre, own, previous, date: dated, span, placed, sentenceStart, carried, stocks });
      if (figure) placed.push({ figure, start: r.figure.start, end: r.figure.end });
    }
    floor = Math.max(floor, r.end);
    i = Math.max(r.end, i + 1);
  }
  return placed.map((p) => p.figure);
}

/**
 * Gives a raw figure its label, unit, each and per-unit; undefined to drop it. A bare level takes
 * points when its subject is an index, else the unit and subject of a figure of similar size
 * shortly before (金價突破2800美元 … 突破2800大關).
 */
function place(text: string, raw: RawFigure, ctx: Context): Figure | undefined {
  let label = ctx.own || ctx.previous?.figure.label || '';
  let unit = raw.unit;
  let perUnit = raw.perUnit;
  let fx: Figure['fx'];
  // A bare number, or one in a bare 元 (新台幣兌美元收32.105元: the 元 is the rate's own unit).
  const named = unit === undefined || raw.bareCurrency ? fxPairBefore(ctx.pre) : undefined;
  const pair = named && orientRate(named, raw.value);
  if (pair && plausibleRate(raw.value)) {
    // USD/HKD 7.8, 美元兌港元報7.8: a rate, in the weaker currency per the stronger (the stronger
    // per the weaker when the rate is under 1: 日圓兌港元0.0521).
    unit = pair.quote;
    perUnit = pair.per;
    label = pair.named;
    fx = { base: pair.base, quote: pair.quote };
  } else if (unit === undefined) {
    const lender = namesIndex(label) ? undefined : borrow(raw.value, ctx.placed);
    if (namesIndex(label)) unit = 'points';
    else if (lender) {
      unit = lender.unit;
      perUnit = lender.perUnit;
      label = lender.label || label;
    } else if (INDEX_SUBJECT.test(text.slice(Math.max(ctx.sentenceStart, raw.start - SENTENCE_REACH), raw.start))) {
      // 恒指早段升200點，其後跌穿二萬關: the sentence's subject is an index.
      unit = 'points';
    } else return undefined;
  }
  if (raw.bareCurrency && !fx) {
    const sentence = text.slice(Math.max(ctx.sentenceStart, raw.start - SENTENCE_REACH), raw.start);
    const decided = decideCurrency({ pre: ctx.pre, start: raw.start, sentenceStart: ctx.sentenceStart, perUnit: raw.perUnit ?? perUnitIn(ctx.pre), carried: ctx.carried, stocks: ctx.stocks, sentence });
    if (decided !== undefined) unit = decided;
  }
  if (!Number.isFinite(raw.value) || (raw.valueTo !== undefined && !Number.isFinite(raw.valueTo))) return undefined;
  // 每10股 (per ten shares): what a ratio is per, not a count of anything.
  if (unit === 'count' && text.charAt(raw.start - 1) === '每') return undefined;
  if (perUnit === undefined && CURRENCIES.has(unit)) perUnit = perUnitIn(ctx.pre);
  // A rate that 跌 is a fall (股價下跌3% → −3%); charts keep it with the other rates (see `movesApart`).
  const move = fx ? undefined : moveBefore(text, raw.start, raw.start - ctx.pre.length);
  // 虧損118億元: an amount lost, charted below zero (a loss that shrank is a move: 虧損減少20億).
  const loss = !move && CURRENCIES.has(unit) && lossBefore(text, raw.start, raw.start - ctx.pre.length);
  return {
    span: ctx.span,
    value: raw.value,
    ...(raw.valueTo !== undefined ? { valueTo: raw.valueTo } : {}),
    unit,
    ...(raw.measureWord !== undefined ? { measureWord: raw.measureWord } : {}),
    ...(perUnit !== undefined ? { perUnit } : {}),
    qualifier: raw.qualifier,
    ...(saysEach(ctx.pre) ? { each: true } : {}),
    ...(move ? { move } : {}),
    ...(loss ? { loss: true as const } : {}),
    ...(fx ? { fx } : {}),
    label,
    ...(ctx.date !== undefined ? { date: ctx.date } : {}),
    text: text.slice(raw.start, raw.end),
  };
}

/** The unit of a figure of similar size shortly before: the subject's unit for a bare level. */
function borrow(value: number, placed: readonly Placed[]): Figure | undefined {
  for (let k = placed.length - 1; k >= Math.max(0, placed.length - BORROW_REACH); k--) {
    const f = placed[k]!.figure;
    if (LEVEL_UNITS.has(f.unit) && !f.move && f.valueTo === undefined && value >= f.value / 2 && value <= f.value * 2) return f;
  }
  return undefined;
}
