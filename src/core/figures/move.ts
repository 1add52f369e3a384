import { wordSet } from './words';

/** Verbs that make the amount right after them a move (單日升40美元, 恒指跌300點), not a level. */
const UP = wordSet([
  '升', '漲', '涨', '上升', '上漲', '上涨', '急升', '大升', '暴升', '狂升', '勁升', '劲升', '飆升', '飙升', '攀升',
  '彈升', '弹升', '反彈', '反弹', '回升', '大漲', '大涨', '急漲', '急涨', '增加', '增長', '增长',
  // A rate or target raised by so much: 上調0.25%, 加息0.25%.
  '上調', '上调', '調升', '调升', '調高', '调高', '提高', '加息', '升息',
]);
const DOWN = wordSet([
  '跌', '下跌', '急跌', '大跌', '暴跌', '狂跌', '回落', '下滑', '下挫', '急挫', '挫', '減少', '减少', '蒸發', '蒸发',
  // A rate or target cut by so much: 下調0.25%, 減息0.25%.
  '下調', '下调', '調降', '调降', '調低', '调低', '下降', '降低', '削減', '削减', '減息', '减息', '降息',
]);

/** Whether `word` is, whole, a verb of rising or falling (增長, 下降): a move's verb, not a subject. */
export function isMoveWord(word: string): boolean {
  return UP.at(word, 0) === word || DOWN.at(word, 0) === word;
}

/**
 * Verbs that take what they move as an object before the amount: 下調存款準備金率0.5個百分點,
 * 人行下調一年期LPR 10個基點, 降低成本10%. (Right before the amount they are in UP and DOWN.)
 */
const RAISE_WORDS = '上調|上调|調升|调升|調高|调高|提高';
const CUT_WORDS = '下調|下调|調降|调降|調低|调低|降低|削減|削减';
/** Han or Latin letters and spaces: what a short object of such a verb is written in. */
const OBJECT_CHARS = '\\p{Script=Han}A-Za-z ';
/** How long that object may be, in characters. */
const OBJECT_REACH = 8;
/** 至, 到, 為, 達 or 於 before an amount make it a level (下調目標價至120元), not a move. */
const LEVEL_CHARS = '至到為为達达於于';
/**
 * Such a verb and the object it moves, right before an amount (下調利率|0.25%): the nearest such
 * verb (the greedy start), and no level's word at the end.
 */
const VERB_THEN_OBJECT = new RegExp(
  `^[\\s\\S]*(?:(?<raise>${RAISE_WORDS})|${CUT_WORDS})[${OBJECT_CHARS}]{1,${OBJECT_REACH}}(?<![${LEVEL_CHARS}])$`,
  'u',
);
/**
 * Such a verb and its object at the end of a clause: after the verb (下調利率, a 後 after the verb
 * allowed), or after 將 or 把 before it (將目標價上調); a level's word may end the clause.
 */
const VERBS = `(?:${RAISE_WORDS}|${CUT_WORDS})`;
const NAME = `(?![${LEVEL_CHARS}])([${OBJECT_CHARS}]{1,${OBJECT_REACH}}?)`;
const LEVEL = `[${LEVEL_CHARS}]?\\s*$`;
const VERB_AND_OBJECT = new RegExp(`${VERBS}[後后]?${NAME}${LEVEL}|[將将把]${NAME}${VERBS}${LEVEL}`, 'u');

/**
 * What a verb of raising or cutting at the end of `pre` moves, when it names it: 人行下調一年期LPR
 * → 一年期LPR, 下調目標價至 → 目標價, 將目標價上調至 → 目標價. Undefined when none is named.
 */
export function movedObject(pre: string): string | undefined {
  const m = VERB_AND_OBJECT.exec(pre);
  return (m?.[1] ?? m?.[2])?.trim() || undefined;
}

/**
 * A word of losing right before an amount (虧損118億元, 淨虧2.3億美元, 虧損達5億), a 了, 達 or 為
 * between them allowed; not the 虧 of 盈虧 (profit or loss).
 */
const LOSS = /(?<!盈)(?:虧損|亏损|虧蝕|亏蚀|淨虧|净亏|虧|亏|蝕|蚀)(?:了|達|达|為|为)?$/;

/**
 * Whether the text says the amount starting at `start` was lost, reading no further back than
 * `floor`.
 *
 * @example
 * lossBefore('归母净利润亏损118亿元', 7) // true
 * lossBefore('盈虧2億元', 2) // false
 */
export function lossBefore(text: string, start: number, floor = 0): boolean {
  return LOSS.test(text.slice(Math.max(floor, start - 4), start));
}

/** A comparison's word of more or less, after what is compared with: 較上日高40美元, 比去年少3億. */
const MORE = wordSet(['高', '多', '高出', '多出']);
const LESS = wordSet(['低', '少', '低出']);
/**
 * What opens a comparison (較, 比): a regular-expression source. Not the 比 of a name or another
 * word (比特幣, 比亞迪, 比例, 比重, 比如, 比賽, 比利時).
 */
export const COMPARISON_WORD = '[較较]|比(?![特亞亚例率重較较如方賽赛利])';
/** A comparison's opening word, at most `COMPARE_REACH` characters before its 高 or 低. */
const COMPARE = new RegExp(`^(?:${COMPARISON_WORD})`);
const COMPARE_REACH = 8;

/**
 * Whether the figure starting at `start` is a move: a verb of rising or falling stands right
 * before it (a 了 between them allowed), or before a short object of it (下調利率0.25%), or a
 * comparison ends there (較上日高40美元: 40 more than the day before). 升至2800美元 (rose to) is
 * a level, so is 升幅28% (the verb is part of the subject), and so is 最高2800美元 (no
 * comparison). Reads no further back than `floor`: the start of the figure's clause (so 較 in
 * the clause before opens nothing here).
 *
 * @example
 * moveBefore('黃金單日升40美元', 5, 0) // 'up'
 * moveBefore('金價較上日高40美元', 6, 0) // 'up'
 * moveBefore('黃金升至2800美元', 4, 0) // undefined
 */
export function moveBefore(text: string, start: number, floor = 0): 'up' | 'down' | undefined {
  const at = start > floor && text[start - 1] === '了' ? start - 1 : start;
  if (UP.before(text, at, floor) !== undefined) return 'up';
  if (DOWN.before(text, at, floor) !== undefined) return 'down';
  const moved = verbBeforeObject(text, at, floor);
  if (moved) return moved;
  const more = MORE.before(text, at, floor);
  const less = more === undefined ? LESS.before(text, at, floor) : undefined;
  const word = more ?? less;
  if (word === undefined || !compared(text, at - word.length, floor)) return undefined;
  return more !== undefined ? 'up' : 'down';
}

/** A verb of raising or cutting before a short object that ends at `end` (下調利率|0.25%). */
function verbBeforeObject(text: string, end: number, floor: number): 'up' | 'down' | undefined {
  const m = VERB_THEN_OBJECT.exec(text.slice(Math.max(floor, end - OBJECT_REACH - 2), end));
  return m ? (m.groups!.raise ? 'up' : 'down') : undefined;
}

/** Whether a 較 or 比 opens a comparison shortly before `end`, no further back than `floor`. */
function compared(text: string, end: number, floor: number): boolean {
  for (let i = end - 1; i >= Math.max(floor, end - COMPARE_REACH); i--) {
    if (COMPARE.test(text.slice(i, i + 2))) return i < end - 1; // something is compared with: not 比高 alone
  }
  return false;
}
