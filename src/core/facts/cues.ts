/**
 * Subject cues: the places in a text that name what a figure can be about — a stock mention, an
 * index, a commodity, a currency pair, an economic aggregate, a company the page names without a
 * code, a Latin proper name, a quoted term, a region, or a demonstrative (該公司, 該股) that
 * points back to the article's topic.
 */
import { stockKey, type StockMention } from '../stocks';
import type { SubjectKind } from './fact';
import {
  CENTRAL_BANKS,
  COMMODITY_NAMES,
  COMPANY_SUFFIXES,
  CURRENCY_NAMES,
  DEMONSTRATIVES,
  INDEX_NAMES,
  INDICATOR_NAMES,
  MARKET_NAMES,
  REGION_NAMES,
  SHARE_MARKERS,
  words,
} from './tables';

export type CueKind = SubjectKind | 'region' | 'indicator' | 'bank' | 'demonstrative' | 'quoted';

export interface Cue {
  /** Code-unit offsets in the text scanned. */
  readonly start: number;
  readonly end: number;
  readonly kind: CueKind;
  /** The subject id (or, for a region, indicator or bank, its slug). */
  readonly id: string;
  readonly name: string;
}

interface Entry {
  readonly kind: CueKind;
  readonly id: string;
}

function table(entries: Map<string, Entry>, record: Readonly<Record<string, string>>, kind: CueKind, prefix = ''): void {
  for (const [id, list] of Object.entries(record)) for (const w of words(list)) entries.set(w, { kind, id: prefix + id });
}

const STATIC = new Map<string, Entry>();
table(STATIC, INDEX_NAMES, 'index', 'index:');
table(STATIC, COMMODITY_NAMES, 'commodity');
table(STATIC, CURRENCY_NAMES, 'currency');
table(STATIC, REGION_NAMES, 'region');
table(STATIC, MARKET_NAMES, 'other');
table(STATIC, INDICATOR_NAMES, 'indicator');
table(STATIC, CENTRAL_BANKS, 'bank');
for (const w of words(DEMONSTRATIVES)) STATIC.set(w, { kind: 'demonstrative', id: '' });

/**
 * Words by their first character, longest first: `longestAt` finds the longest word starting at a
 * place with one look-up in a table indexed by the character, which keeps a scan over a whole
 * page linear (most characters start no word and cost a single array read).
 */
export class WordMap<T> {
  /** 1 + the index in `lists` of the words starting with a UTF-16 unit; 0 for none. */
  private readonly slot = new Uint16Array(0x10000);
  private readonly lists: { word: string; value: T }[][] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const first = word.charCodeAt(0);
      if (this.slot[first] === 0) this.slot[first] = this.lists.push([]);
      this.lists[this.slot[first]! - 1]!.push({ word, value });
    }
    for (const list of this.lists) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest word at `i` of `text`, whose code unit there is `code`. */
  longestAt(text: string, i: number, code = text.charCodeAt(i)): { word: string; value: T } | undefined {
    const k = this.slot[code]!;
    if (k === 0) return undefined;
    for (const e of this.lists[k - 1]!) if (text.startsWith(e.word, i)) return e;
    return undefined;
  }
}

const STATIC_MAP = new WordMap(STATIC);

/** Particles and verbs that bound a Chinese name (的, 在, 將 …). */
const NOT_NAME = new Set([...'的了在和及與与是為为於于對对將将把被從从向以而也都並并或等其這这那該该此每各另共'].map((c) => c.charCodeAt(0)));

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isNameChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return isHan(code) && !NOT_NAME.has(code);
}

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLatinOrDigit(code: number): boolean {
  return isLatin(code) || (code >= 48 && code <= 57);
}

/** Where a name ending at `end` starts: as far back as `max` name characters go. */
function nameStart(text: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i < max && isNameChar(text, i - 1)) i--;
  return i;
}

/** The end of a Latin word starting at `i` (joined by - . &: DeepSeek-R1, S&P500). */
function latinEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isLatinOrDigit(text.charCodeAt(j))) j++;
    const c = text.charAt(j);
    if ((c === '-' || c === '.' || c === '&') && isLatinOrDigit(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}

/** Latin words that name no company or product here (the generic ones a page leaves in English). */
const LATIN_STOP = new Set(['Token', 'Tokens', 'App', 'Apps', 'Store', 'Tech', 'The', 'AI', 'Inc', 'Ltd', 'Co', 'Corp', 'Group', 'Holdings']);
const INDEX_WORDS = ['指數', '指数'];
const CLAUSE_OPEN = new Uint8Array(0x10000);
for (const c of '，,。；;：: \n\t　') CLAUSE_OPEN[c.charCodeAt(0)] = 1;
/** 其 opening a clause (其性能…), and a bare 公司 or 集團 there: they point back, like 該公司. */
const ITS_WORDS = ['公司', '集團', '集团'];
const ITS_CODE = '其'.charCodeAt(0);
const NOT_ITS = new Set([...'中他餘余實实次後后'].map((c) => c.charCodeAt(0)));

/** The companies a page names without a code, and the abbreviations it uses for them. */
export interface CompanyRegistry {
  /** Alias → canonical id. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly map: WordMap<string>;
  /** 1 for each UTF-16 unit a cue can start with (see `CUE_STARTS`), the aliases' first characters too. */
  readonly starts: Uint8Array;
}

/**
 * The units `findCues` looks at: Latin letters, 「, 其 and the first characters of 公司 and 集團,
 * and of every table's word. Any other character starts no cue and costs the scan one read.
 */
const CUE_STARTS = new Uint8Array(0x10000);
for (const w of ['A', '「', '其', ...ITS_WORDS, ...STATIC.keys()]) CUE_STARTS[w.charCodeAt(0)] = 1;
for (let c = 0; c < 0x10000; c++) if (isLatin(c)) CUE_STARTS[c] = 1;

const SHARE_LIST = words(SHARE_MARKERS);
const SUFFIX_LIST = words(COMPANY_SUFFIXES);
/** What follows a company's shares when the text names them: 和/及 another market, or a move. */
const SHARES_MOVE = /^(?:[和及與与、]|[升跌漲涨挫急大暴跳收報报齊齐双雙均]|股價|股价)/u;
/** What follows a company's name (not a kind of company: 科技股, 科技企業, 科技革命). */
const AFTER_COMPANY = /^(?:[（(「\s，,。；;：:、0-9０-９一二三四五六七八九兩两]|股份|港股|美股|A股|H股|公布|公佈|宣布|宣佈|預計|预计|表示|錄得|录得|旗下|合作|指出|發布|发布|早前|今年|去年|昨日|上市|$)/u;
/** Names that are numerals, measure words or time words (一場, 近日, 筆者). */
const NUMERAL_OR_TIME = /[一二三四五六七八九十兩两百千萬万億亿場场個个位年月日周週]|^(?:近|最|筆|笔|今|昨|本)/u;

/** Whether a name may start at `start`: the character before it is no part of a name. */
function opensName(text: string, start: number): boolean {
  return start === 0 || !isNameChar(text, start - 1);
}
const CHINA_PREFIX = /^(?:中國|中国)/;

/**
 * The companies `text` names without a code: a name before its shares (東航港股, 中國東方航空股份港股)
 * or a name with a company's suffix (…航空, …銀行); names that abbreviate one another (東航,
 * 東方航空, 中國東航 of 中國東方航空) are one company, named by the longest.
 */
export function companyRegistry(text: string, mentions: readonly StockMention[]): CompanyRegistry {
  const names = new Set<string>();
  const add = (start: number, end: number) => {
    const name = text.slice(start, end);
    if (name.length >= 2 && !STATIC.has(name) && !NUMERAL_OR_TIME.test(name)) names.add(name);
  };
  // A name before its shares, the shares doing something (東航港股和美股暴跌, …股份港股跳水).
  for (const marker of SHARE_LIST) {
    for (let p = text.indexOf(marker, 1); p >= 0; p = text.indexOf(marker, p + 1)) {
      if (!SHARES_MOVE.test(text.slice(p + marker.length, p + marker.length + 3))) continue;
      const end = marker !== '股份' && text.startsWith('股份', p - 2) ? p - 2 : p;
      const start = nameStart(text, end, 8);
      if (end - start >= 2 && opensName(text, start)) add(start, end);
    }
  }
  // A name with a company's suffix, standing as a name: at a boundary, followed by a bracket, a
  // numeral, its shares or a verb of what companies do (吉祥航空（603885）, 中國東方航空一架).
  for (const suffix of SUFFIX_LIST) {
    for (let p = text.indexOf(suffix, 1); p >= 0; p = text.indexOf(suffix, p + 1)) {
      const after = p + suffix.length;
      if (!AFTER_COMPANY.test(text.slice(after, after + 2))) continue;
      const start = nameStart(text, p, 4);
      if (p - start >= 2 && opensName(text, start)) add(start, after);
    }
  }
  const stockNames = new Map<string, string>();
  for (const m of mentions) if (m.name !== undefined) stockNames.set(m.name, stockKey(m.stock));
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const aliases = new Map<string, string>();
  for (const name of sorted) {
    if (aliases.has(name)) continue;
    const id = stockNames.get(name) ?? name;
    for (const alias of [name, ...abbreviations(name)]) if (!aliases.has(alias) && !STATIC.has(alias)) aliases.set(alias, id);
    for (const other of sorted) if (!aliases.has(other) && abbreviates(other, name)) aliases.set(other, id);
  }
  for (const [name, id] of stockNames) aliases.set(name, id);
  const starts = CUE_STARTS.slice();
  for (const alias of aliases.keys()) starts[alias.charCodeAt(0)] = 1;
  return { aliases, map: new WordMap(aliases), starts };
}

/** 中國東方航空 → 東方航空, 東航, 中國東航. */
function abbreviations(name: string): string[] {
  const base = name.replace(CHINA_PREFIX, '');
  const prefix = name.slice(0, name.length - base.length);
  const out = prefix ? [base] : [];
  const chars = [...base];
  if (chars.length >= 4 && chars.length % 2 === 0) {
    const initials = chars.filter((_, i) => i % 2 === 0).join('');
    out.push(initials);
    if (prefix) out.push(prefix + initials);
  }
  return out;
}

/** Whether `short` abbreviates `long`: the same first character (after 中國) and its characters in order. */
function abbreviates(short: string, long: string): boolean {
  const s = [...short.replace(CHINA_PREFIX, '')];
  const l = [...long.replace(CHINA_PREFIX, '')];
  if (s.length === 0 || s.length >= l.length || s[0] !== l[0]) return false;
  let i = 0;
  for (const c of l) if (c === s[i]) i++;
  return i === s.length;
}

/**
 * Every cue in `text` (code units), sorted by start; where cues overlap the longer wins, and a
 * table's name beats a generic pattern at the same place. `mentions` are the page's stock
 * mentions, already in code units of `text`.
 */
export function findCues(text: string, registry: CompanyRegistry, mentions: readonly { start: number; end: number; id: string; name: string }[]): Cue[] {
  const found: Cue[] = [];
  for (const m of mentions) found.push({ start: m.start, end: m.end, kind: 'stock', id: m.id, name: m.name });
  const n = text.length;
  const starts = registry.starts;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (starts[code] === 0) continue;
    if (isLatin(code)) {
      if (i > 0 && isLatinOrDigit(text.charCodeAt(i - 1))) continue;
      const end = latinEnd(text, i);
      const word = text.slice(i, end);
      const entry = STATIC.get(word);
      const alias = registry.aliases.get(word);
      if (entry) found.push({ start: i, end, kind: entry.kind, id: entry.id, name: word });
      else if (alias) found.push({ start: i, end, kind: alias.includes(':') ? 'stock' : 'company', id: alias, name: word });
      else if (/[a-z]/.test(word) && word.length >= 3 && !LATIN_STOP.has(word)) found.push({ start: i, end, kind: 'company', id: word.toLowerCase(), name: word });
      i = end - 1;
      continue;
    }
    if (code < 0x3000) continue;
    if (code === 0x300c) {
      // 「…」: a quoted term of two to six characters.
      let j = i + 1;
      while (j < n && j - i <= 7 && isHan(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 0x300d && j - i - 1 >= 2 && j - i - 1 <= 6) {
        const name = text.slice(i + 1, j);
        found.push({ start: i, end: j + 1, kind: 'quoted', id: name, name });
        i = j;
      }
      continue;
    }
    if (i === 0 || CLAUSE_OPEN[text.charCodeAt(i - 1)] === 1) {
      if (code === ITS_CODE && !NOT_ITS.has(text.charCodeAt(i + 1))) {
        found.push({ start: i, end: i + 1, kind: 'demonstrative', id: '', name: '其' });
        continue;
      }
      const its = ITS_WORDS.find((w) => text.startsWith(w, i));
      if (its) {
        found.push({ start: i, end: i + its.length, kind: 'demonstrative', id: '', name: its });
        i += its.length - 1;
        continue;
      }
    }
    const fixed = STATIC_MAP.longestAt(text, i, code);
    const alias = registry.map.longestAt(text, i, code);
    if (alias && (!fixed || alias.word.length >= fixed.word.length)) {
      found.push({ start: i, end: i + alias.word.length, kind: alias.value.includes(':') ? 'stock' : 'company', id: alias.value, name: alias.word });
      i += alias.word.length - 1;
    } else if (fixed) {
      found.push({ start: i, end: i + fixed.word.length, kind: fixed.value.kind, id: fixed.value.id, name: fixed.word });
      i += fixed.word.length - 1;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
  const out: Cue[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last !== undefined && c.start < last.end) continue;
    out.push(c);
  }
  // Any other index: a name before 指數 (Wind航空指數), only where no named cue lies (分析師看上證指數 is 上證指數).
  const generic: Cue[] = [];
  for (const w of INDEX_WORDS) {
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) {
      let start = nameStart(text, p, 6);
      if (start > 0 && isLatin(text.charCodeAt(start - 1))) while (start > 0 && isLatin(text.charCodeAt(start - 1))) start--;
      const end = p + w.length;
      const name = text.slice(start, p);
      if (name.length < 2) continue;
      // It takes in the words its name is made of (Wind, 航空), never a named index or stock.
      const inside = out.filter((c) => c.start < end && c.end > start);
      if (inside.some((c) => c.start < start || c.end > end || c.kind === 'index' || c.kind === 'stock')) continue;
      for (const c of inside) out.splice(out.indexOf(c), 1);
      generic.push({ start, end, kind: 'index', id: `index:${name.toLowerCase()}`, name: text.slice(start, end) });
    }
  }
  return generic.length === 0 ? out : [...out, ...generic].sort((a, b) => a.start - b.start);
}

/** At the same place and length: a stock before a company, a table's index before a generic one. */
function rank(c: Cue): number {
  return c.kind === 'stock' ? 0 : c.kind === 'company' ? 2 : 1;
}

/** Whether a cue names a thing a figure can be about by itself (not a region or a demonstrative). */
export function isStrong(c: Cue): boolean {
  return c.kind !== 'region' && c.kind !== 'bank' && c.kind !== 'demonstrative';
}

/** Whether a cue names an entity that can be an article's topic (a company, a stock). */
export function isEntity(c: Cue): boolean {
  return c.kind === 'stock' || c.kind === 'company';
}
