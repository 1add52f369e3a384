/**
 * Each figure of a page made a fact: its subject (from the clause's structure: the cue that opens
 * the figure's clause, else the clauses before it in the sentence, else the article's topic), its
 * measure (the nearest measure word, the unit and the move), its date (the sentence's time words,
 * else the paragraph's) and its role (actual, expected, prior). Pure; one pass per article.
 */
import type { PageAnnotations, PageFigure } from '../annotate';
import type { Block, ParsedPage } from '../page/parsed-page';
import { stockKey } from '../stocks';
import { finish } from '../steps';
import { companyRegistry, findCues, isEntity, isStrong, type CompanyRegistry, type Cue } from './cues';
import type { FigureFact, LevelKind, Measure, Role, SubjectKind } from './fact';
import { ACTUAL_WORDS, EXPECTED_WORDS, KIND_AFTER, KIND_BEFORE, MEASURE_WORDS, PRIOR_WORDS, words } from './tables';
import { findTimes, previousPeriod, type TimeMark } from './when';

export interface FactOptions {
  /** The page's date, YYYY-MM-DD: from its text, else its import, else what the reader set. */
  readonly pageDate: string;
}

/** What ends a sentence (1) or a clause (2) of a block, by UTF-16 unit. */
const SENTENCE_END = 1;
const CLAUSE_END = 2;
const ENDS = new Uint8Array(0x10000);
for (const c of '。！？!?') ENDS[c.charCodeAt(0)] = SENTENCE_END;
for (const c of '，,；;：:') ENDS[c.charCodeAt(0)] = CLAUSE_END;
const MONEY = new Set(['USD', 'HKD', 'CNY', 'EUR', 'JPY', 'GBP', 'TWD', 'KRW', 'MOP']);

/** A facts for every figure of `annotations`, in the same order. */
export function figureFacts(page: ParsedPage, annotations: PageAnnotations, options: FactOptions): FigureFact[] {
  return finish(figureFactSteps(page, annotations, options));
}

/**
 * {@link figureFacts} a block at a time: each step reads one block's figures, and the last
 * returns the facts. For a caller that spreads the work over several short tasks.
 */
export function* figureFactSteps(page: ParsedPage, annotations: PageAnnotations, options: FactOptions): Generator<void, FigureFact[]> {
  const source = page.source;
  const cu = codeUnits(source);
  const mentions = annotations.stocks.map((m) => ({
    start: cu(m.span.start),
    end: cu(m.span.end),
    id: stockKey(m.stock),
    name: m.name ?? source.slice(cu(m.span.start), cu(m.span.end)),
  }));
  const registry = companyRegistry(source, annotations.stocks);
  const byBlock = new Map<string, number[]>();
  annotations.figures.forEach((f, i) => {
    const list = byBlock.get(f.blockId);
    if (list) list.push(i);
    else byBlock.set(f.blockId, [i]);
  });
  const out: (FigureFact | undefined)[] = new Array(annotations.figures.length);
  for (const article of page.articles) {
    const blocks = article.blocks.filter((b) => b.kind !== 'advert');
    if (!blocks.some((b) => byBlock.has(b.id))) continue;
    const reader = new ArticleReader(source, cu, registry, mentions, options.pageDate, blocks, (b) => (byBlock.get(b.id) ?? []).map((i) => annotations.figures[i]!));
    for (const [k, block] of blocks.entries()) {
      const indices = byBlock.get(block.id);
      if (!indices) continue;
      reader.read(k, (j, fact) => (out[indices[j]!] = fact));
      yield;
    }
  }
  return out.map((f) => f ?? UNKNOWN);
}

const UNKNOWN: FigureFact = { subject: 'unknown', subjectKind: 'other', subjectName: '', measure: 'other', role: 'actual' };

/** Code point offset → code unit offset in `source` (identity when it has no astral characters). */
function codeUnits(source: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(source)) return (cp) => cp;
  const map: number[] = [];
  let i = 0;
  for (const ch of source) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

interface Located {
  readonly figure: PageFigure;
  /** Code units in the block's text. */
  readonly start: number;
  readonly end: number;
}

type Mention = { readonly start: number; readonly end: number; readonly id: string; readonly name: string };

/** One block, read when a figure needs it: its text, sentences, cues and time words. */
interface BlockView {
  readonly text: string;
  readonly figures: readonly Located[];
  readonly sentences: readonly (readonly [number, number])[];
  /** The entity or demonstrative that opens each sentence (`openingEntity`), if any. */
  readonly openers: readonly (Cue | undefined)[];
  readonly cues: readonly Cue[];
  readonly times: readonly TimeMark[];
}

/**
 * Reads one article's figures in order. Blocks without figures are read only when a figure needs
 * what lies before it (the topic a 該公司 points to, the region of a GDP, the day the paragraph
 * before gives), so the cost follows the figures, not the page.
 */
class ArticleReader {
  private last: { fact: FigureFact; unit: string } | undefined;
  private readonly views = new Map<number, BlockView>();

  constructor(
    private readonly source: string,
    private readonly cu: (cp: number) => number,
    private readonly registry: CompanyRegistry,
    private readonly mentions: readonly Mention[],
    private readonly pageDate: string,
    private readonly blocks: readonly Block[],
    private readonly figuresOf: (b: Block) => readonly PageFigure[],
  ) {}

  private view(k: number): BlockView {
    const cached = this.views.get(k);
    if (cached) return cached;
    const block = this.blocks[k]!;
    const base = this.cu(block.span.start);
    const text = this.source.slice(base, this.cu(block.span.end));
    const figures: Located[] = this.figuresOf(block).map((f) => ({ figure: f, start: this.cu(f.span.start) - base, end: this.cu(f.span.end) - base }));
    const inFigure = (s: number, e: number) => figures.some((l) => s < l.end && e > l.start);
    const local: Mention[] = [];
    for (let i = firstAtOrAfter(this.mentions, base); i < this.mentions.length && this.mentions[i]!.start < base + text.length; i++) {
      const m = this.mentions[i]!;
      if (m.end <= base + text.length) local.push({ ...m, start: m.start - base, end: m.end - base });
    }
    const cues = findCues(text, this.registry, local).filter((c) => !inFigure(c.start, c.end));
    const times = findTimes(text, this.pageDate).filter((t) => t.iso !== undefined && !inFigure(t.start, t.end));
    const spans = sentences(text);
    const view = { text, figures, sentences: spans, openers: openers(text, spans, cues), cues, times };
    this.views.set(k, view);
    return view;
  }

  /** The article's topic before sentence `si` of block `k`: the entity that opens the nearest sentence opened by one. */
  private topicBefore(k: number, si: number): Cue | undefined {
    return topicIn(this.view(k), si) ?? (k > 0 ? this.topicAfter(k - 1) : undefined);
  }

  /** The topic as it stands at the end of each block read so far, so no walk back is made twice. */
  private readonly topics = new Map<number, Cue | undefined>();

  private topicAfter(k: number): Cue | undefined {
    const walked: number[] = [];
    let topic: Cue | undefined;
    for (let b = k; b >= 0; b--) {
      if (this.topics.has(b)) {
        topic = this.topics.get(b);
        break;
      }
      walked.push(b);
      const v = this.view(b);
      topic = topicIn(v, v.sentences.length);
      if (topic) break;
    }
    for (const b of walked) this.topics.set(b, topic);
    return topic;
  }

  /** The nearest region (or central bank) named before `pos` in block `k`, else in the blocks before. */
  private regionBefore(k: number, pos: number): string | undefined {
    for (let b = k; b >= 0; b--) {
      const cues = this.view(b).cues;
      for (let j = cues.length - 1; j >= 0; j--) {
        const c = cues[j]!;
        if ((b < k || c.end <= pos) && (c.kind === 'region' || c.kind === 'bank')) return c.id;
      }
    }
    return undefined;
  }

  read(k: number, emit: (j: number, fact: FigureFact) => void): void {
    const v = this.view(k);
    const { text, figures: located, cues, times } = v;
    const anchor = times[0]?.iso;
    let n = 0;
    v.sentences.forEach(([s, e], si) => {
      if (n >= located.length || located[n]!.start >= e) return;
      const sCues = cues.filter((c) => c.start >= s && c.end <= e);
      const sTimes = times.filter((t) => t.start >= s && t.end <= e);
      const first = v.openers[si];
      const startsWithParts = /^\s*其中/.test(text.slice(s, e));
      const lastBefore = this.last;
      let before: { topic: Cue | undefined } | undefined;
      while (n < located.length && located[n]!.start < e) {
        const l = located[n]!;
        const topic = (): Cue | undefined => {
          if (first && first.kind !== 'demonstrative' && first.start < l.start) return first;
          before ??= { topic: this.topicBefore(k, si) };
          return before.topic;
        };
        const context: Context = {
          text,
          s,
          e,
          cues: sCues,
          times: sTimes,
          topic,
          region: () => this.regionBefore(k, l.start),
          whole: startsWithParts ? lastBefore : undefined,
          blockTimes: times,
          previousAnchor: () => (anchor === undefined && k > 0 ? this.view(k - 1).times[0]?.iso : undefined),
        };
        const fact = this.fact(l, context);
        emit(n, fact);
        this.last = { fact, unit: unitClass(l.figure) };
        n++;
      }
    });
  }

  private fact(l: Located, context: Context): FigureFact {
    const { text, s, e, cues, times, whole, blockTimes } = context;
    const f = l.figure;
    const clauses = clausesOf(text, s, e);
    const own = clauses.findIndex(([cs, ce]) => l.start >= cs && l.start < ce);
    const [cs, ce] = clauses[Math.max(own, 0)]!;
    const pre = text.slice(cs, l.start);
    const after = text.slice(l.end, ce);

    // Subject.
    let part: string | undefined;
    let subject: { id: string; kind: SubjectKind; name: string } | undefined;
    if (f.fx) {
      // An exchange rate is about its pair, whichever way the text names it (usd-hkd, usd-cny).
      subject = { id: `${f.fx.base}-${f.fx.quote}`.toLowerCase(), kind: 'currency', name: f.label };
    } else if (whole && whole.unit === unitClass(f)) {
      subject = { id: whole.fact.subject, kind: whole.fact.subjectKind, name: whole.fact.subjectName };
      const named = cues.find((c) => c.start >= cs && c.end <= l.start && isStrong(c));
      part = named?.name ?? (f.label || undefined);
    } else subject = subjectOf(text, clauses, own, l, cues, context.topic, context.region);
    subject ??= { id: f.unit === 'points' ? 'index:unknown' : 'unknown', kind: f.unit === 'points' ? 'index' : 'other', name: '' };

    // Measure, kind and role.
    const measure = f.fx ? 'rate' : measureOf(f, pre, after, clauses, own, text, subject);
    let role: Role = whole ? whole.fact.role : roleOf(pre, text.slice(s, l.start), after + text.slice(ce, clauses[own + 1]?.[1] ?? ce));
    if (measure === 'target-price') role = 'actual';
    let kind = measure === 'level' || measure === 'price' ? kindOf(pre, f.text, after) : undefined;
    if (kind === undefined && measure === 'level' && role === 'expected') kind = 'target';
    const setBy = measure === 'target-price' ? setterOf(pre, subject.name) : undefined;

    // When.
    let date: string | undefined;
    if (whole) date = whole.fact.date;
    else {
      const before = times.filter((t) => t.end <= l.start).at(-1);
      const afterT = times.find((t) => t.start >= l.end);
      date = (before ?? afterT)?.iso;
      if (date === undefined && role !== 'expected') {
        date = blockTimes.find((t) => t.end <= l.start)?.iso ?? context.previousAnchor();
      }
      if (role === 'prior' && date !== undefined) date = previousPeriod(date);
    }

    return {
      subject: subject.id,
      subjectKind: subject.kind,
      subjectName: subject.name,
      measure,
      role,
      ...(kind !== undefined ? { kind } : {}),
      ...(setBy !== undefined ? { setBy } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(part !== undefined ? { part } : {}),
    };
  }

}

/** What a figure's sentence offers: its cues and time words, and what lies before, read on demand. */
interface Context {
  readonly text: string;
  readonly s: number;
  readonly e: number;
  readonly cues: readonly Cue[];
  readonly times: readonly TimeMark[];
  readonly topic: () => Cue | undefined;
  readonly region: () => string | undefined;
  readonly whole: { fact: FigureFact; unit: string } | undefined;
  readonly blockTimes: readonly TimeMark[];
  readonly previousAnchor: () => string | undefined;
}

type Subject = { id: string; kind: SubjectKind; name: string };

function subjectOf(
  text: string,
  clauses: readonly (readonly [number, number])[],
  own: number,
  l: Located,
  cues: readonly Cue[],
  topicOf: () => Cue | undefined,
  regionBefore: () => string | undefined,
): Subject | undefined {
    const points = l.figure.unit === 'points';
    const pick = (list: readonly Cue[]): Cue | undefined => (points ? list.find((c) => c.kind === 'index') : undefined) ?? list[0];
    const resolve = (c: Cue): { id: string; kind: SubjectKind; name: string } | undefined => {
      if (c.kind === 'demonstrative') {
        const topic = topicOf();
        return topic ? resolve(topic) : undefined;
      }
      if (c.kind === 'indicator') {
        const region = cues.filter((r) => (r.kind === 'region' || r.kind === 'bank') && r.end <= c.start).at(-1)?.id ?? cues.find((r) => r.kind === 'region' || r.kind === 'bank')?.id ?? regionBefore();
        return { id: region ? `${region}-${c.id}` : c.id, kind: 'economy', name: c.name };
      }
      if (c.kind === 'region') return { id: c.id, kind: 'economy', name: c.name };
      if (c.kind === 'quoted' || c.kind === 'bank') return { id: c.id, kind: 'other', name: c.name };
      return { id: c.id, kind: c.kind as SubjectKind, name: c.name };
    };
    const usable = (c: Cue, cs: number): boolean => {
      if (c.kind === 'currency') return false;
      return !isPlace(text, c, cs);
    };
    // 1. The figure's own clause, before it (after any list of examples closed by 等).
    const [cs, ce] = clauses[own]!;
    const examplesEnd = text.lastIndexOf('等', l.start - 1);
    const from = examplesEnd >= cs ? examplesEnd + 1 : cs;
    const ownCues = cues.filter((c) => c.start >= from && c.end <= l.start && usable(c, cs));
    const strong = pick(ownCues.filter((c) => isStrong(c) || c.kind === 'demonstrative'));
    if (strong) return resolve(strong);
    // 2. A region that is the clause's subject (內地已有六款), not a modifier of the number (全球70多個).
    const region = ownCues.find((c) => c.kind === 'region' && text.slice(c.end, l.start).trim().length > 0);
    if (region) return resolve(region);
    // 3. What the clause names after the figure (共有21只基金重倉中國東航).
    const later = cues.find((c) => c.start >= l.end && c.end <= ce && (isEntity(c) || c.kind === 'demonstrative'));
    if (later) return resolve(later);
    // 4. The clauses before, nearest first.
    for (let i = own - 1; i >= 0; i--) {
      const [ps, pe] = clauses[i]!;
      const c = pick(cues.filter((c) => c.start >= ps && c.end <= pe && usable(c, ps) && (isStrong(c) || c.kind === 'demonstrative')));
      if (c) return resolve(c);
    }
    // 5. The article's topic.
    const topic = topicOf();
    return topic ? resolve(topic) : undefined;
}

/** 在Arena上: a place, not a subject (the clause from `from` has 在 before it). */
function isPlace(text: string, c: Cue, from = Math.max(0, c.start - 12)): boolean {
  return /^[上中內内裏里]/.test(text.slice(c.end, c.end + 1)) && text.slice(from, c.start).includes('在');
}

/** The entity that opens the nearest sentence of a block before sentence `si` opened by one (not by a demonstrative). */
function topicIn(v: BlockView, si: number): Cue | undefined {
  for (let j = si - 1; j >= 0; j--) {
    const first = v.openers[j];
    if (first && first.kind !== 'demonstrative') return first;
  }
  return undefined;
}

/**
 * The entity or demonstrative that opens each sentence of a block (a place such as 在Arena上 opens
 * none): the first such cue starting in the sentence. One pass over the sentences and the cues.
 */
function openers(text: string, spans: readonly (readonly [number, number])[], cues: readonly Cue[]): (Cue | undefined)[] {
  const out: (Cue | undefined)[] = [];
  let c = 0;
  for (const [s, e] of spans) {
    while (c < cues.length && cues[c]!.start < s) c++;
    let found: Cue | undefined;
    for (let i = c; i < cues.length && cues[i]!.start < e; i++) {
      const cue = cues[i]!;
      if ((isEntity(cue) || cue.kind === 'demonstrative') && !isPlace(text, cue)) {
        found = cue;
        break;
      }
    }
    out.push(found);
  }
  return out;
}

/** The index of the first mention starting at or after `pos` (mentions sorted by start). */
function firstAtOrAfter(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function unitClass(f: PageFigure): string {
  return MONEY.has(f.unit) ? 'money' : f.unit;
}

/** [start, end) of each sentence of `text` (the end includes its closing mark). */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (ENDS[text.charCodeAt(i)] === SENTENCE_END) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** [start, end) of each clause of the sentence [s, e), split at commas, semicolons and colons outside brackets. */
function clausesOf(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let start = s;
  let depth = 0;
  for (let i = s; i < e; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0xff08 || ch === 0x28) depth++;
    else if ((ch === 0xff09 || ch === 0x29) && depth > 0) depth--;
    else if (depth === 0 && ENDS[ch] === CLAUSE_END) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < e || out.length === 0) out.push([start, e]);
  return out;
}

interface WordTable {
  readonly re: RegExp;
  readonly of: ReadonlyMap<string, string>;
}

function wordTable(record: Readonly<Partial<Record<string, string>>>): WordTable {
  const of = new Map<string, string>();
  for (const [key, list] of Object.entries(record)) for (const w of words(list ?? '')) if (!of.has(w)) of.set(w, key);
  const alt = [...of.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (w === '報' || w === '报' ? '(?![道告導导章])' : ''))
    .join('|');
  return { re: new RegExp(alt, 'gu'), of };
}

const MEASURES = wordTable(MEASURE_WORDS);
const KINDS_BEFORE = wordTable(KIND_BEFORE);
const KINDS_AFTER = wordTable(KIND_AFTER);

/** The rightmost (by end, then longest) word of `table` in `s`, with its key. */
function rightmost(table: WordTable, s: string, allowed?: (key: string) => boolean): string | undefined {
  let best: { end: number; len: number; key: string } | undefined;
  table.re.lastIndex = 0;
  // Every start: overlapping words (收益 in 收益率) are all seen.
  for (let i = 0; i < s.length; i++) {
    table.re.lastIndex = i;
    const m = table.re.exec(s);
    if (m === null) break;
    i = m.index;
    for (let len = m[0].length; len >= 1; len--) {
      const w = s.slice(i, i + len);
      const key = table.of.get(w);
      if (key === undefined || (allowed && !allowed(key))) continue;
      const end = i + len;
      if (!best || end > best.end || (end === best.end && len > best.len)) best = { end, len, key };
      break;
    }
  }
  return best?.key;
}

const PERCENT_MEASURES = new Set(['change-percent', 'rate', 'yield', 'probability', 'stake', 'valuation']);
const MONEY_MEASURES = new Set(['target-price', 'valuation', 'market-cap', 'revenue', 'profit', 'turnover', 'flow', 'price']);
const GROWTH_INDICATORS = /-(?:gdp|retail-sales|exports|imports)$|^(?:gdp|retail-sales|exports|imports)$/;

function measureOf(
  f: PageFigure,
  pre: string,
  after: string,
  clauses: readonly (readonly [number, number])[],
  own: number,
  text: string,
  subject: { id: string; kind: SubjectKind },
): Measure {
  const find = (allowed: (key: string) => boolean): Measure | undefined => {
    const near = rightmost(MEASURES, pre, allowed) ?? firstAfter(after, allowed);
    if (near) return near as Measure;
    for (let i = own - 1; i >= 0; i--) {
      const w = rightmost(MEASURES, text.slice(clauses[i]![0], clauses[i]![1]), allowed);
      if (w) return w as Measure;
    }
    return undefined;
  };
  switch (f.unit) {
    case 'points':
      return f.move ? 'change' : 'level';
    case 'pricePoints':
    case 'percentagePoints':
      return 'change';
    case 'x':
      return rightmost(MEASURES, pre, (k) => k === 'valuation') ? 'valuation' : 'other';
    case 'count': {
      if (f.measureWord === '股' || f.measureWord === '手') {
        const m = rightmost(MEASURES, pre, (k) => k === 'stake' || k === 'flow' || k === 'turnover');
        if (m) return m as Measure;
      }
      return 'count';
    }
    case 'percent': {
      const m = rightmost(MEASURES, pre, (k) => PERCENT_MEASURES.has(k)) ?? firstAfter(after, (k) => PERCENT_MEASURES.has(k));
      if (m) return m as Measure;
      if (f.move) return 'change-percent';
      // A move said twice, in points then in percent: 升438點或2.2%.
      if (/[升跌漲涨][^，,。；;]*?或約?$/u.test(pre)) return 'change-percent';
      if (subject.kind === 'economy') return GROWTH_INDICATORS.test(subject.id) ? 'change-percent' : 'rate';
      return find((k) => PERCENT_MEASURES.has(k)) ?? 'other';
    }
    default: {
      if (f.move) return 'change';
      if (f.loss) return 'profit';
      const near = rightmost(MEASURES, pre, (k) => MONEY_MEASURES.has(k)) ?? firstAfter(after, (k) => MONEY_MEASURES.has(k));
      if (near) return near as Measure;
      if (f.perUnit !== undefined || subject.kind === 'commodity') return 'price';
      return find((k) => MONEY_MEASURES.has(k)) ?? 'other';
    }
  }
}

/** A measure word right after the figure (250億美元的收入). */
function firstAfter(after: string, allowed: (key: string) => boolean): Measure | undefined {
  const m = /^\s*的?\s*(\S{1,4})/u.exec(after);
  if (!m) return undefined;
  for (let len = Math.min(4, m[1]!.length); len >= 2; len--) {
    const key = MEASURES.of.get(m[1]!.slice(0, len));
    if (key !== undefined && allowed(key)) return key as Measure;
  }
  return undefined;
}

function kindOf(pre: string, figure: string, after: string): LevelKind | undefined {
  // Words the figure's own span carries (兩萬點之上, 108水平之上).
  const own = rightmost(KINDS_AFTER, figure);
  if (own) return own as LevelKind;
  const a = /^\s*的?\s*(\S{0,6})/u.exec(after)?.[1] ?? '';
  for (let len = Math.min(6, a.length); len >= 1; len--) {
    const key = KINDS_AFTER.of.get(a.slice(0, len));
    if (key !== undefined) return key as LevelKind;
  }
  return rightmost(KINDS_BEFORE, pre) as LevelKind | undefined;
}

const PRIOR_RE = new RegExp(words(PRIOR_WORDS).join('|'), 'u');
const EXPECTED_RE = new RegExp(
  words(EXPECTED_WORDS)
    .map((w) => (w === '看' ? '(?<![來来好難难])看(?![好淡法來来似待到見见])' : w === '料' ? '(?<![資资材燃原飲饮塑香史布肥物])料(?![理子])' : w === '將' || w === '将' ? `${w}(?![軍军領领])` : w))
    .join('|'),
  'u',
);
const ACTUAL_RE = new RegExp(words(ACTUAL_WORDS).join('|'), 'u');
const MODAL_AFTER = /應該會|应该会|將會|将会|有望|可望|料將|料将|會實現|会实现|可以實現|可以实现/u;

function roleOf(pre: string, sentencePre: string, after: string): Role {
  if (PRIOR_RE.test(pre)) return 'prior';
  if (EXPECTED_RE.test(pre)) return 'expected';
  if (ACTUAL_RE.test(pre)) return 'actual';
  if (EXPECTED_RE.test(sentencePre)) return 'expected';
  if (MODAL_AFTER.test(after)) return 'expected';
  return 'actual';
}

/**
 * Connectives and adverbs a broker's name may have before its verb (瑞銀則將, 高盛再度上調, 野村同時將):
 * they belong to the sentence, not the name.
 */
const SETTER_ADVERBS = ['則', '则', '亦', '也', '再度', '再次', '再', '又', '更', '仍然', '仍', '均', '皆', '都', '同時', '同时', '同樣', '同样', '隨即', '随即', '繼續', '继续', '進一步', '进一步', '今日', '昨日', '近日', '日前', '早前', '最新', '已經', '已经', '已', '就', '還', '还'];
const SETTER_VERBS = ['給予', '给予', '予', '將', '将', '把', '上調', '上调', '下調', '下调', '維持', '维持', '調高', '调高', '調低', '调低', '重申', '認為', '认为', '預期', '预期', '預計', '预计', '指', '對', '对'];
/** The shortest name before (adverbs and) a verb: the name never ends in a connective. */
const SETTER = new RegExp(`^(?:[而但且又亦另外此]*)(\\p{Script=Han}{2,8}?|[A-Za-z][A-Za-z .&]{1,20}?)(?:${SETTER_ADVERBS.join('|')})*(?:${SETTER_VERBS.join('|')})`, 'u');

function setterOf(pre: string, subjectName: string): string | undefined {
  const m = SETTER.exec(pre.trim());
  const who = m?.[1]?.trim();
  return who && who !== subjectName ? who : undefined;
}
