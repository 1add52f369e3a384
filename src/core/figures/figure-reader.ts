import type { FigureUnit, Qualifier, YuanCurrency } from './figure';
import { fxPairBefore } from './fx';
import { arabicDigit, isDecimalPoint, isLiang } from './numeral-chars';
import { isAsciiLetter, isInlineSpace } from '../text/char-classes';
import { percentWordAt, rangeEndAt, resolveUnit, saysBareCurrency } from './amount';
import { readDate, timeOfDayEnd } from './dates';
import { afterIndexClause, afterIndexName, afterLevelVerb, levelWordEnd } from './level';
import { moveBefore } from './move';
import { readNumeral, type Numeral } from './numeral';
import { currencyBefore, resolveCurrency } from './currency';
import { readPrefix, type Prefix } from './prefix';
import { qualifierAfter } from './qualifiers';
import { isMultipleX, perUnit, readUnit, type UnitRead } from './units';
import { wordSet } from './words';

/** A figure as read at one place, before its clause gives it a label and a date. */
export interface RawFigure {
  /** UTF-16 indices. */
  start: number;
  end: number;
  value: number;
  valueTo?: number;
  /** Undefined for a bare level (2800大關) whose unit the context must supply. */
  unit?: FigureUnit;
  measureWord?: string;
  perUnit?: string;
  qualifier: Qualifier;
  /** How a bare level was recognised: a level word after it, or a level verb before it. */
  level?: 'word' | 'verb';
  /** Its currency is a bare 元 or `$`, resolved for now as the page's: the figure's context may say otherwise. */
  bareCurrency?: true;
}

/** What reading at one position found; `end` is where scanning resumes. */
export interface Read {
  end: number;
  figure?: RawFigure;
  /** A calendar date ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') that was read instead of a figure. */
  date?: string;
  /** A time of day before a space (`10:35 恒指…`): an entry of a live blog or a wire begins here. */
  stamp?: true;
}

const TIME_OF_DAY = /(?:上午|下午|晚上|早上|凌晨|中午|傍晚|時間|时间|[晚早])\s*$/;

/**
 * Reads the figure (or date, or non-figure number) at `i`, never looking back before `floor`.
 * A number is a figure only with a unit, a currency, or a clause that makes it a level.
 */
export function readAt(text: string, i: number, floor: number, yuan: YuanCurrency): Read {
  if (text.charAt(i) === '半') return halfTenth(text, i, floor);
  const pw = percentWordAt(text, i);
  if (pw === 'invalid') return { end: i + 3 };
  if (pw !== 'none') {
    const pre = readPrefix(text, i, floor);
    const n = { value: pw.value, valueTo: pw.valueTo, approx: pw.approx, end: pw.end };
    const figure = finish(text, pre, n, 'percent', { scale: 1, add: 0 }, pw.end, yuan);
    return { end: figure.end, figure };
  }
  let n = readNumeral(text, i);
  if (!n) return { end: i + 1 };
  // A time (09:40, 10:35) is skipped with its minutes; before a space it stamps an entry of a live
  // blog or a wire, which begins a sentence even where the page ran the lines together.
  const clock = timeOfDayEnd(text, n);
  if (clock !== undefined) return { end: clock, ...(isInlineSpace(text.charCodeAt(clock)) ? { stamp: true as const } : {}) };
  if (n.digitString) return { end: n.end };
  if (text.startsWith('分之', n.end)) return { end: readNumeral(text, n.end + 2)?.end ?? n.end + 2 };
  const date = readDate(text, n);
  if (date) return { end: date.end, ...(date.iso !== undefined ? { date: date.iso } : {}) };
  const currency = currencyBefore(text, i, floor)?.currency;
  if (currency !== undefined) n = withEnglishMagnitude(text, n);
  if (isNameOrCode(text, i, n, currency !== undefined) || inIdiom(text, i)) return { end: n.end };
  const read = readUnit(text, n.end);
  if (read && !unitFits(text, i, n, read)) return { end: read.unit === 'points' ? read.end : n.end };
  const unit = resolveUnit(read, currency, yuan);
  if (unit === undefined) return bare(text, i, n, floor, yuan);
  // A currency written only before the number (HK$2.75/股) may still have a per-unit tail.
  const tail = read ?? { scale: 1, add: 0, end: n.end, ...perUnit(text, n.end) };
  const figure = finish(text, readPrefix(text, i, floor), n, unit, tail, tail.end, yuan);
  return { end: figure.end, figure: saysBareCurrency(read, currency) ? { ...figure, bareCurrency: true } : figure };
}

const ENGLISH_MAGNITUDE = /\s?(trillion|tn|billion|bn|million|mln|mn|m|thousand|k)(?![A-Za-z])/iy;
const MAGNITUDE: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };

/**
 * An amount written the English way after a currency (US$300bn, RMB 10 billion, HK$1.2m): the
 * numeral scaled by its magnitude word, ending after it. Read only after a written currency, where
 * 300bn cannot be a model name or a code.
 */
function withEnglishMagnitude(text: string, n: Numeral): Numeral {
  ENGLISH_MAGNITUDE.lastIndex = n.end;
  const m = ENGLISH_MAGNITUDE.exec(text);
  if (!m) return n;
  const scale = MAGNITUDE[m[1]!.toLowerCase()]!;
  return {
    ...n,
    end: ENGLISH_MAGNITUDE.lastIndex,
    value: n.value * scale,
    ...(n.valueTo !== undefined ? { valueTo: n.valueTo * scale } : {}),
    scale: n.scale * scale,
  };
}

/** A figure from its prefix, numeral and unit, with any range end and suffix qualifier after it. */
function finish(
  text: string,
  pre: Prefix,
  n: { value: number; valueTo?: number | undefined; approx: boolean },
  unit: FigureUnit,
  read: Pick<UnitRead, 'scale' | 'add' | 'measureWord' | 'perUnit' | 'more'>,
  unitEnd: number,
  yuan: YuanCurrency,
): RawFigure {
  let end = unitEnd;
  let valueTo = n.valueTo === undefined ? undefined : pre.sign * (n.valueTo * read.scale + read.add);
  const far = valueTo === undefined ? rangeEndAt(text, end, yuan) : undefined;
  if (far && far.unit === unit && far.measureWord === read.measureWord) {
    valueTo = far.value;
    end = far.end;
  }
  const after = qualifierAfter(text, end);
  if (after) end = after.end;
  return {
    start: pre.start,
    end,
    value: pre.sign * (n.value * read.scale + read.add),
    ...(valueTo !== undefined ? { valueTo } : {}),
    unit,
    ...(read.measureWord !== undefined ? { measureWord: read.measureWord } : {}),
    ...(read.perUnit !== undefined ? { perUnit: read.perUnit } : {}),
    qualifier: pre.qualifier ?? after?.qualifier ?? (n.approx || read.more === true ? 'moreThan' : 'exact'),
  };
}

/** How far before a bare number a currency pair may be named (離岸人民幣兌美元一度報 is 12). */
const FX_REACH = 24;

/** A number with no unit: the near end of a range (3至5億美元), a level (2800大關), or nothing. */
function bare(text: string, i: number, n: Numeral, floor: number, yuan: YuanCurrency): Read {
  if (n.loneDigit) return { end: n.end };
  const far = rangeEndAt(text, n.end, yuan);
  if (far) {
    // The near end takes the far end's unit, and its magnitude when it has none: 3至5億 → 3億.
    const lend = n.scale === 1 && far.scale > 1 ? far.scale : 1;
    const read = { scale: lend * far.unitScale, add: far.add, ...(far.measureWord !== undefined ? { measureWord: far.measureWord } : {}) };
    const figure = finish(text, readPrefix(text, i, floor), n, far.unit, read, n.end, yuan);
    return { end: figure.end, figure: far.bareCurrency ? { ...figure, bareCurrency: true } : figure };
  }
  const levelEnd = levelWordEnd(text, n.end);
  const byVerb =
    levelEnd < 0 && (afterLevelVerb(text, i, n.end, floor) || afterIndexName(text, i, n) || afterIndexClause(text, i, n) || fxPairBefore(text.slice(Math.max(0, i - FX_REACH), i)) !== undefined);
  if (levelEnd < 0 && !byVerb) return bareMagnitude(text, i, n, floor, yuan) ?? { end: n.end };
  const pre = readPrefix(text, i, floor);
  const end = levelEnd < 0 ? n.end : levelEnd;
  const after = qualifierAfter(text, end);
  return {
    end: after?.end ?? end,
    figure: {
      start: pre.start,
      end: after?.end ?? end,
      value: pre.sign * n.value,
      qualifier: pre.qualifier ?? after?.qualifier ?? (n.approx ? 'moreThan' : 'exact'),
      level: byVerb ? 'verb' : 'word',
    },
  };
}

/** Where a bare magnitude may end: a clause's end, a bracket's, a space or the text's. */
const MAGNITUDE_END = /^(?:[，,。；;、：:！!？?）)」』\s]|$)/;
/** A clause that speaks of money before a bare magnitude (北水淨流入35.6億，): the amount is in 元. */
const MONEY_WORDS =
  /收入|營收|营收|收益|利潤|利润|盈利|純利|纯利|市值|成交額|成交额|成交|金額|金额|資產|资产|估值|融資|融资|集資|集资|資金|资金|投資|投资|開支|开支|負債|负债|現金|现金|淨流[入出]|净流[入出]|淨[買賣]入|净[买卖]入|淨賣出|净卖出|北水|南水|罰款|罚款/;
const MONEY_REACH = 16;

/**
 * Arabic digits with 萬 or 億 and nothing after them but the clause's end (用戶達1.24億，,
 * 北水淨流入35.6億。): a quantity, though its unit is left unsaid. Money where the clause speaks
 * of it (the page's 元, decided per figure), else a count.
 */
function bareMagnitude(text: string, i: number, n: Numeral, floor: number, yuan: YuanCurrency): Read | undefined {
  if (arabicDigit(text.charCodeAt(i)) < 0 || n.valueTo !== undefined || !'萬万億亿'.includes(text.charAt(n.end - 1))) return undefined;
  if (!MAGNITUDE_END.test(text.slice(n.end, n.end + 1))) return undefined;
  const before = text.slice(Math.max(floor, i - MONEY_REACH), i);
  const clause = before.slice(Math.max(...[...'，,。；;！!？?\n'].map((c) => before.lastIndexOf(c))) + 1);
  const money = MONEY_WORDS.test(clause);
  const figure = finish(text, readPrefix(text, i, floor), n, money ? resolveCurrency('yuan', yuan) : 'count', { scale: 1, add: 0 }, n.end, yuan);
  return { end: figure.end, figure: money ? { ...figure, bareCurrency: true } : figure };
}

/** 半成: five percent. */
function halfTenth(text: string, i: number, floor: number): Read {
  const read = text.charAt(i + 1) === '成' ? readUnit(text, i + 1) : undefined;
  if (!read?.tenths || read.add !== 0) return { end: i + 1 };
  const pre = readPrefix(text, i, floor);
  return { end: read.end, figure: { start: pre.start, end: read.end, value: pre.sign * 5, unit: 'percent', qualifier: pre.qualifier ?? 'exact' } };
}

/**
 * Sayings whose numeral reads as a count (三人行 as 3 people, 三番四次 as 4 times); the idioms
 * that read as no figure at all (一石二鳥, 九牛一毛) need no entry.
 */
const COUNT_IDIOMS = wordSet([
  '三人行', '三人成虎', '三番四次', '三番兩次', '三番两次', '一百個放心', '一百个放心', '三五成群', '三五成羣', '十拿九穩', '十拿九稳',
]);
const LONGEST_IDIOM = 5;

/** Whether the numeral at `i` is inside one of the {@link COUNT_IDIOMS}. */
function inIdiom(text: string, i: number): boolean {
  for (let k = 0; k < LONGEST_IDIOM && k <= i; k++) {
    const w = COUNT_IDIOMS.at(text, i - k);
    if (w !== undefined && w.length > k) return true;
  }
  return false;
}

/** A valuation ratio's name glued to its multiple: PE14倍, P/B0.8x, EV/EBITDA 9x. */
const RATIO_NAME = /(?<![A-Za-z])(?:P\/?[EBS]|PEG|EBITDA)$/;

/** Model names, versions and codes: GPT-4, R1, 5G, 4o, 00700, 600029.SH, 第三. */
function isNameOrCode(text: string, i: number, n: Numeral, afterCurrency: boolean): boolean {
  const before = text.charCodeAt(i - 1);
  if (!afterCurrency && isAsciiLetter(before) && !RATIO_NAME.test(text.slice(Math.max(0, i - 7), i))) return true;
  if ((before === 0x2d || before === 0x2010 || before === 0x5f) && i >= 2) {
    const b2 = text.charCodeAt(i - 2);
    if (isAsciiLetter(b2) || arabicDigit(b2) >= 0) return true;
  }
  if (text.charAt(i - 1) === '第') return true;
  const after = text.charCodeAt(n.end);
  if (isAsciiLetter(after)) return !isMultipleX(text, n.end);
  return isDecimalPoint(after) && isAsciiLetter(text.charCodeAt(n.end + 1));
}

/**
 * Measure words of kinds, of things in general and of listed items: 3種, 兩類, 兩個, 兩條主線,
 * 三項措施 say how many sorts or points a text makes, not a figure.
 */
const KINDS = new Set(['種', '种', '類', '类', '個', '个', '條', '条', '項', '项']);
const SMALL_COUNT = 10;

/** 3種, 兩個, 兩條: a small count of kinds or of things in general, no figure the page cites. */
function smallCountOfKinds(n: Numeral, read: UnitRead): boolean {
  return read.measureWord !== undefined && KINDS.has(read.measureWord) && !n.approx && n.valueTo === undefined && n.value < SMALL_COUNT;
}

/**
 * 兩款機型, 兩隻新股, 两家公司: 兩 alone before a measure word is prose's "two" (a couple of), as
 * 一 alone is "a"; a count the page cites is written in figures or reaches past two (六款, 5只).
 */
function proseTwo(text: string, i: number, n: Numeral): boolean {
  return n.loneDigit && n.value === 2 && isLiang(text.charCodeAt(i));
}

/** 二手, 三手: second- and third-hand, not lots of shares (成交156萬手, 500手 are). */
function secondHand(n: Numeral, read: UnitRead): boolean {
  return read.measureWord === '手' && n.loneDigit;
}

/** 前十名, 前三位: a rank in a list (the top ten), not a count the page cites. */
function topRank(text: string, i: number, read: UnitRead): boolean {
  return (read.measureWord === '名' || read.measureWord === '位') && text.charAt(i - 1) === '前';
}

/** Units that the numeral cannot carry: 一點 (a bit), 八點 (a time), 一個 (a/an), 二元 (binary). */
function unitFits(text: string, i: number, n: Numeral, read: UnitRead): boolean {
  if (read.unit === 'points') return !n.loneDigit && !(n.value <= 24 && TIME_OF_DAY.test(text.slice(Math.max(0, i - 6), i)));
  if (read.unit === 'pricePoints') return !n.loneDigit || moveBefore(text, i) !== undefined;
  if (read.unit === 'count') return !(n.loneDigit && n.value <= 1) && !smallCountOfKinds(n, read) && !proseTwo(text, i, n) && !secondHand(n, read) && !topRank(text, i, read);
  if (read.unit === 'yuan') return !n.loneDigit;
  if (read.tenths) return n.value <= 10 && (n.valueTo ?? 0) <= 10;
  return true;
}
