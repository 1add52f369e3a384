import type { Numeral } from './numeral';
import { wordSet, skipSpaces, wordAt, wordBefore, charIn } from './words';

/**
 * A bare number is a figure when the clause makes it a level: 2800大關, 108水平, 跌穿20000.
 * Its unit then comes from the subject (an index → points) or from a figure of similar size just
 * before it (金價…2800美元 … 突破2800大關 → USD).
 */
const LEVEL_WORDS = wordSet(['心理關口', '心理关口', '整數關口', '整数关口', '大關', '大关', '關口', '关口', '水平', '關', '关']);
/** 關係, 關注 …: 關 beginning another word. */
const NOT_LEVEL_BEFORE = '係系注於于鍵键心閉闭聯联門门';
const LEVEL_VERBS = wordSet([
  '突破', '跌穿', '升穿', '失守', '守住', '企穩', '企稳', '站上', '站穩', '站稳', '重上', '收復', '收复', '跌破', '升破', '重返',
  // To a level: 恒指跌至19500，美元指數收報99.5。 (Without an index for subject or a figure of the
  // same size before it, such a number still has no unit and is dropped: 股價升至15，)
  '跌至', '升至', '降至', '回落至', '回升至', '收報', '收报', '收於', '收于', '高見', '高见', '低見', '低见',
]);
/** After a level verb, the number must end its phrase: 跌穿20000，/ 跌穿20000的 … */
const PHRASE_END = '，,。；;！？!?、之的後后\n';

/** The end of a level word after a bare number at `i` (108水平 → after 水平), or -1. */
export function levelWordEnd(text: string, i: number): number {
  const p = skipSpaces(text, i, 2);
  const w = wordAt(text, p, LEVEL_WORDS);
  if (w === undefined) return -1;
  if (w.length === 1 && charIn(NOT_LEVEL_BEFORE, text, p + 1)) return -1;
  return p + w.length;
}

/** Whether a level verb (突破, 跌穿 …) stands right before `start` and the phrase ends at `end`. */
export function afterLevelVerb(text: string, start: number, end: number, floor: number): boolean {
  if (wordBefore(text, start, LEVEL_VERBS, floor) === undefined) return false;
  return end >= text.length || charIn(PHRASE_END, text, end);
}

/** Whether a label names an index, whose levels are points (恒指, 上證指數, 美匯指數, 點位). */
export function namesIndex(label: string): boolean {
  return /指|點位|点位/.test(label);
}

/**
 * An index's name right before a bare number, a word of quoting between them allowed, after a
 * word of when: 恒指２５２００, 企指7,215, 恒指收報19500, 道指 44,500, 國指半日報９，１４５, 恒指下午
 * 開市報25,790, 恒指昨日收報25,000. (滬深300 is a name: the index word must come first.)
 */
const INDEX_NAME_BEFORE = new RegExp(
  '(?:指數?|指数)[ \u3000]?' +
    '(?:半日|上午|下午|中午|早段|早市|午市|午後|午后|尾市|盤中|盘中|今日|昨日|今天|昨天|最新|暫|暂|現|现)?' +
    '(?:開市報|开市报|開市|开市|收市報|收市报|收報|收报|報|报|收|開|开)?[ \u3000]?$',
);
/** How far before a bare number its index's name may stand (恒指下午開市報 is 7). */
const INDEX_NAME_REACH = 10;
/** Index levels are in the hundreds at least: 恒指３ is no level. */
const LEAST_INDEX_LEVEL = 100;
/** After an index's name the number ends its phrase, a space or a bracket allowed: 恒指２５２００ 升２％. */
const AFTER_INDEX_LEVEL = '，,。；;！？!?、 \u3000\t(（）)\n';

/**
 * Whether the bare number `n` at `start` is an index's level: an index's name stands right before
 * it. Read back past the scanner's floor, which a word read on the way may have moved (國指半日報
 * ９，１４５: 半 was read as a numeral).
 */
export function afterIndexName(text: string, start: number, n: Numeral): boolean {
  if (n.value < LEAST_INDEX_LEVEL || n.digitString) return false;
  if (!INDEX_NAME_BEFORE.test(text.slice(Math.max(0, start - INDEX_NAME_REACH), start))) return false;
  return n.end >= text.length || charIn(AFTER_INDEX_LEVEL, text, n.end);
}

/**
 * A level quoted alone in the clause after one whose subject is an index: 恒指高開102點，報25,988;
 * 恒指升幅收窄，報25,948. The number's clause is only a word of quoting (報, 收報, 其後報), and the
 * clause before it begins with the index's name (after a time stamp or a clause break). A stock's
 * clause before (騰訊升2%，報380) or an index named later in it (跑贏恒指，報380) makes no level.
 */
const QUOTE_CLAUSE = /[，,][ \u3000]?(?:其後|其后|最終|最终|隨後|随后|再|暫|暂|收市|收)?(?:報|报)[ \u3000]?$/;
const INDEX_LEADS =
  /(?:[，,。；;！？!?\n]|[0-9０-９][:：][0-9０-９]{2})[ \u3000\t]*(?:[恒國国企科道納纳深滬沪]指|[\u3400-\u9fff]{1,4}(?:指數|指数)|標普|标普|日經|日经)[^，,。；;！？!?\n]*$/;
/** How far back the clause before may begin. */
const LEAD_REACH = 40;

/** Whether the bare number `n` at `start` is a level quoted alone after a clause led by an index. */
export function afterIndexClause(text: string, start: number, n: Numeral): boolean {
  if (n.value < LEAST_INDEX_LEVEL || n.digitString) return false;
  if (!(n.end >= text.length || charIn(AFTER_INDEX_LEVEL, text, n.end))) return false;
  const from = Math.max(0, start - LEAD_REACH);
  const pre = (from === 0 ? '\n' : '') + text.slice(from, start);
  const quote = QUOTE_CLAUSE.exec(pre);
  return quote !== null && INDEX_LEADS.test(pre.slice(0, quote.index));
}
