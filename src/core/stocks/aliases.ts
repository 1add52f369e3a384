import { isDigitUnit, isLatinUnit } from './chars';
import type { UnitMention } from './code-mentions';

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The code mentions that define the name ending here, in text order. */
  defs?: UnitMention[];
}

/**
 * Later (and earlier) bare mentions of names the text ties to a code: once a page writes
 * `阿里巴巴 (09988)`, every other `阿里巴巴` outside a code mention is 09988 too. Names of two or
 * more code points only; the longest name wins where several start at one place; a name that
 * starts or ends with a Latin letter must not be part of a longer Latin word. When a name is
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
    if (!hit) continue;
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
  const word = (u: number) => isLatinUnit(u) || isDigitUnit(u);
  if (isLatinUnit(text.charCodeAt(start)) && start > 0 && word(text.charCodeAt(start - 1))) return false;
  if (isLatinUnit(text.charCodeAt(end - 1)) && end < text.length && word(text.charCodeAt(end))) return false;
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
