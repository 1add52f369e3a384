import { isDigitAnyWidth, isLetterAnyWidth } from '../text/char-classes';
import type { UnitMention } from './code-mentions';

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The code mentions that define the name ending here, in text order. */
  defs?: UnitMention[];
}

/**
 * Words that, written right after a group's name, make the name of another company of the group,
 * listed on its own: 騰訊音樂 (01698) is not 騰訊 (00700), 阿里健康 not 阿里巴巴's 阿里, 京東物流
 * not 京東, 華潤置地 not 華潤啤酒's 華潤. (集團, 控股, 股份 keep the same company: 騰訊控股 is 騰訊.)
 * Then listed names that merely begin with another's: 京東方 (BOE, 000725) is not 京東. These
 * are whole names, not endings (騰訊方面 stays 騰訊), and 方面 after 京東 is 京東's side.
 */
const OTHER_COMPANY = new RegExp(
  '^(?:音樂|音乐|健康|影業|影业|物流|醫療|医疗|醫藥|医药|汽車|汽车|銀行|银行|證券|证券|保險|保险|人壽|人寿|' +
    '地產|地产|置業|置业|置地|物業|物业|好醫生|好医生|數科|数科|金融|財險|财险|娛樂|娱乐|文學|文学|體育|体育|' +
    '電子|电子|電力|电力|燃氣|燃气|啤酒|水泥|新能源)',
);
const OTHER_NAMES = /京[東东]方(?!面)/y;

/** Whether the name at `start`..`end` is the beginning of another company's name. */
function otherCompany(text: string, start: number, end: number): boolean {
  OTHER_NAMES.lastIndex = start;
  return OTHER_COMPANY.test(text.slice(end, end + 3)) || (OTHER_NAMES.test(text) && OTHER_NAMES.lastIndex > end);
}

/**
 * Later (and earlier) bare mentions of names the text ties to a code: once a page writes
 * `阿里巴巴 (09988)`, every other `阿里巴巴` outside a code mention is 09988 too. Names of two or
 * more code points only; the longest name wins where several start at one place; a name that
 * starts or ends with a Latin letter must not be part of a longer Latin word; a name followed by
 * a word that names another company of its group (騰訊音樂) is not this stock. When a name is
 * tied to several codes, the nearest definition before the mention wins (the first one when
 * none precedes). Offsets are UTF-16 units; `mentions` are sorted.
 */
export function linkAliases(text: string, mentions: readonly UnitMention[]): UnitMention[] {
  const root = buildTrie(mentions);
  if (root.next.size === 0) return [];
  const hex = (u: number) => '\\u' + u.toString(16).padStart(4, '0');
  const first = new RegExp(`[${[...root.next.keys()].map(hex).join('')}]`, 'g');
  const out: UnitMention[] = [];
  let next = 0;
  for (let f = first.exec(text); f; f = first.exec(text)) {
    const i = f.index;
    while (next < mentions.length && mentions[next]!.end <= i) next++;
    const m = mentions[next];
    if (m && m.start <= i) {
      first.lastIndex = m.end;
      continue;
    }
    const hit = longestMatch(root, text, i, m ? m.start : text.length);
    if (!hit || otherCompany(text, i, hit.end)) continue;
    const def = pickDefinition(hit.defs, i);
    out.push({
      start: i,
      end: hit.end,
      stock: def.stock,
      name: text.slice(i, hit.end),
      key: undefined,
      codeStart: undefined,
      codeEnd: undefined,
      via: 'alias',
      exchange: def.exchange,
    });
    first.lastIndex = hit.end;
  }
  return out;
}

function buildTrie(mentions: readonly UnitMention[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const m of mentions) {
    const key = m.key;
    if (!key || [...key].length < 2) continue;
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map() }));
      node = child;
    }
    (node.defs ??= []).push(m);
  }
  return root;
}

function longestMatch(root: TrieNode, text: string, at: number, limit: number): { end: number; defs: UnitMention[] } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; defs: UnitMention[] } | undefined;
  for (let k = at; k < limit && node; k++) {
    node = node.next.get(text.charCodeAt(k));
    if (node?.defs && latinBounded(text, at, k + 1)) best = { end: k + 1, defs: node.defs };
  }
  return best;
}

/** A name that starts or ends with a letter is not a slice of a longer Latin word or number. */
function latinBounded(text: string, start: number, end: number): boolean {
  const word = (u: number) => isLetterAnyWidth(u) || isDigitAnyWidth(u);
  if (isLetterAnyWidth(text.charCodeAt(start)) && start > 0 && word(text.charCodeAt(start - 1))) return false;
  if (isLetterAnyWidth(text.charCodeAt(end - 1)) && end < text.length && word(text.charCodeAt(end))) return false;
  return true;
}

function pickDefinition(defs: readonly UnitMention[], at: number): UnitMention {
  let lo = 0;
  let hi = defs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (defs[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return defs[Math.max(0, lo - 1)]!;
}
