import { foldWidth } from '../text/width-fold';
import { aShareMarket, normaliseCode } from './normalise';
import type { Market, StockRef } from './stock-mention';

/** A code found in text, before anyone asks whether a name stands beside it. Offsets are UTF-16 units. */
export interface CodeCandidate {
  /**
   * `explicit`: the market is written (`.HK`, `SH…`, `NASDAQ:`) or a label says it is a code
   * (`股份代號`); `bare`: digits in brackets; `ticker`: two to five capitals alone in brackets
   * (英偉達（NVDA）, but also 按揭證券（MBS）: the caller decides from the context); `spaced`:
   * Bloomberg's form a space after a name (騰訊 700 HK, but also 成交 700 HK: the caller decides);
   * `glued`: six digits of an A share glued to a Han name with no market written (宁德时代300750,
   * but also 营收300750万元: the caller decides).
   */
  readonly kind: 'explicit' | 'bare' | 'ticker' | 'spaced' | 'glued';
  readonly stock: StockRef;
  readonly exchange?: string;
  /** The whole token, a label such as `NASDAQ: ` included, brackets not. */
  readonly start: number;
  readonly end: number;
  /** The code with any glued market marker. */
  readonly codeStart: number;
  readonly codeEnd: number;
  /** The enclosing `(` and one past the enclosing `)`, when the token is alone in brackets. */
  readonly open?: number;
  readonly close?: number;
}

// Half- and full-width forms alike, so offsets stay those of the page.
const D = '[0-9０-９]';
const AZ = '[A-ZＡ-Ｚ]';
const LET = '[A-Za-zＡ-Ｚａ-ｚ]';
const ALNUM = '[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]';
const DOT = '[.．]';
const SP = '[ 　]';
const COLON = `${SP}?[:：]${SP}?`;
const HK = '(?:HK|ＨＫ)';
const S = '[SＳ]';
const KR = '(?:KS|KQ|ＫＳ|ＫＱ)';
const TW = '(?:TWO|TW|ＴＷＯ|ＴＷ)';

/**
 * The end of a code with its market written: nothing of a word after it, or the next such code
 * glued on, as agencies print a company's listings together (君實生物1877.HK688180.SS).
 */
const CODE_END = `(?:(?!${ALNUM})|(?=${D}{1,6}${DOT}(?:${HK}|${S}[HSZＨＳＺ]|${KR}|${TW}|BJ|ＢＪ|[TＴ])(?!${ALNUM})))`;

const TOKEN = new RegExp(
  [
    `(?<![0-9０-９.．,，])(?<hk>${D}{1,5}${DOT}${HK})${CODE_END}`,
    `(?<!${ALNUM})(?<hp>${HK}${DOT}?${D}{5})(?!${D})`,
    `(?<!${LET})(?<hl>HKEX|SEHK|HKG)${COLON}(?<hn>${D}{1,5})(?!${D})`,
    `(?<![0-9０-９.．,，])(?<as>${D}{6}${DOT}${S}[HSZＨＳＺ])${CODE_END}`,
    `(?<!${ALNUM})(?<ap>(?:${S}[HZＨＺ]|sh|sz)${DOT}?${D}{6})(?!${D})`,
    `(?<!${LET})(?<al>SSE|SZSE)${COLON}(?<an>${D}{6})(?!${D})`,
    `(?<!${LET})(?<ux>NASDAQ|Nasdaq|NYSE American|NYSE|AMEX|納斯達克|纳斯达克|紐交所|纽交所)${COLON}(?<un>${AZ}{1,5}(?:${DOT}${AZ})?)(?!${ALNUM})`,
    `(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９.．])(?<us>${AZ}{1,5}${DOT}(?:US|ＵＳ))(?!${ALNUM})`,
    // Reuters' codes (TSLA.O and NTES.O on Nasdaq, BABA.N on the NYSE, .K for Nasdaq too, .A for
    // NYSE American): in brackets, glued to a name (網易NTES.O) or glued to the next code (BABA.N9988.HK).
    `(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９.．])(?<ric>${AZ}{2,5}${DOT}(?:OQ|O|N|K|A))(?:(?!${ALNUM})|(?<glued>(?=${D}{1,5}${DOT}${HK}(?!${ALNUM}))))`,
    // Tokyo's (豐田7203.T): four characters, a digit first.
    `(?<![0-9０-９.．,，])(?<jp>${D}(?:${D}|${AZ}){3}${DOT}[TＴ])${CODE_END}`,
    // Seoul's (三星電子005930.KS; .KQ on KOSDAQ), Taipei's (台積電2330.TW; .TWO on TPEx), Beijing's (835185.BJ).
    `(?<![0-9０-９.．,，])(?<kr>${D}{6}${DOT}${KR})${CODE_END}`,
    `(?<![0-9０-９.．,，])(?<tw>${D}{4,6}${DOT}${TW})${CODE_END}`,
    `(?<![0-9０-９.．,，])(?<bj>${D}{6}${DOT}(?:BJ|ＢＪ))${CODE_END}`,
    // Bloomberg's (700 HK, AAPL US): in brackets, or glued to a name (騰訊700 HK).
    `(?<![0-9０-９.．,，])(?<bh>${D}{1,5}${SP}${HK})(?!${ALNUM})`,
    `(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９.．])(?<bu>${AZ}{1,5}${SP}(?:US|ＵＳ))(?!${ALNUM})`,
    // Bloomberg's for Seoul (005930 KS), Taipei (2330 TT) and Tokyo (7203 JP, 7203 JT).
    `(?<![0-9０-９.．,，])(?<bk>${D}{6}${SP}${KR})(?!${ALNUM})`,
    `(?<![0-9０-９.．,，])(?<bt>${D}{4,6}${SP}(?:TT|ＴＴ))(?!${ALNUM})`,
    `(?<![0-9０-９.．,，])(?<bjp>${D}(?:${D}|${AZ}){3}${SP}(?:J[PT]|Ｊ[ＰＴ]))(?!${ALNUM})`,
    `(?<lb>(?:股份|股票|證券|证券)代[號号碼码])${SP}?[:：]?${SP}?(?<ln>${D}{1,6})(?!${D})`,
  ].join('|'),
  'y',
);

/**
 * What every token holds, found fast: a market suffix, a bracketed number, a colon or 代號
 * before a code, an SH/SZ/HK prefix. The token itself is then read at the right start.
 */
const TRIGGER = new RegExp(
  [
    `(?<suffix>${DOT}(?:HK|ＨＫ|${S}[HSZＨＳＺ]|US|ＵＳ|OQ|O|N|${KR}|K|A|${TW}|T|Ｔ|BJ|ＢＪ))`,
    `(?<spaced>${SP}(?:HK|ＨＫ|US|ＵＳ|${KR}|TT|ＴＴ|J[PT]|Ｊ[ＰＴ]))(?!${ALNUM})`,
    `[(（]${SP}{0,2}(?<bare>${D}{1,6})${SP}{0,2}[)）]`,
    `[(（]${SP}{0,2}(?<tick>${AZ}{2,5})${SP}{0,2}[)）]`,
    `(?<label>代[號号碼码])`,
    `(?<colon>[:：])${SP}?(?:${D}|${AZ})`,
    `(?:[SＳsHＨ][HZＨＺhzKＫ])${DOT}?${D}`,
    `(?<![0-9０-９.．,，])(?<six>${D}{6})(?![0-9０-９.．,，A-Za-zＡ-Ｚａ-ｚ])`,
  ].join('|'),
  'g',
);

/** Bloomberg's market a space after a code (` HK`, ` KS`, ` TT`, ` JP`), read at a position. */
const SPACED_MARKET = new RegExp(`${SP}(?:HK|ＨＫ|US|ＵＳ|${KR}|TT|ＴＴ|J[PT]|Ｊ[ＰＴ])(?!${ALNUM})`, 'y');

const LABELS = [
  'NYSE American', 'NASDAQ', 'Nasdaq', 'HKEX', 'SEHK', 'SZSE', 'NYSE', 'AMEX', '納斯達克', '纳斯达克',
  'HKG', 'SSE', '紐交所', '纽交所',
];
const LABEL_HEADS = new Set(['股份', '股票', '證券', '证券']);

/**
 * Every code-shaped token of a text, left to right and non-overlapping: codes with a written
 * market anywhere, and one to six digits alone in brackets (half- or full-width). Whether a
 * bracketed number is a code is for the caller to decide from what stands around it.
 */
export function scanCodes(text: string): CodeCandidate[] {
  const out: CodeCandidate[] = [];
  let done = 0;
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t; t = TRIGGER.exec(text)) {
    const tick = t.groups!.tick;
    if (tick !== undefined) {
      const c = make(text, 'ticker', t.index, TRIGGER.lastIndex, tick, t[0].lastIndexOf(tick), 'US');
      if (c) out.push(c);
      done = TRIGGER.lastIndex;
      continue;
    }
    const bare = t.groups!.bare;
    if (bare !== undefined) {
      // The trigger is the whole token: digits alone in brackets.
      const c = make(text, 'bare', t.index, TRIGGER.lastIndex, bare, t[0].lastIndexOf(bare), bare.length === 6 ? sixDigitMarket(bare) : 'HK');
      if (c) out.push(c);
      done = TRIGGER.lastIndex;
      continue;
    }
    const six = t.groups!.six;
    if (six !== undefined) {
      // Six digits with no market: an A share's code only glued to a Han name (宁德时代300750), or
      // one space after it (中际旭创 300308), and not before Bloomberg's market (三星電子005930 KS).
      const named = isHanAt(text, t.index - 1) || (isSpace(text[t.index - 1]) && isHanAt(text, t.index - 2));
      SPACED_MARKET.lastIndex = TRIGGER.lastIndex;
      const c = t.index >= done && named && !SPACED_MARKET.test(text) ? make(text, 'glued', t.index, TRIGGER.lastIndex, six, 0, sixDigitMarket(six)) : undefined;
      if (c) {
        out.push({ ...c, open: undefined, close: undefined });
        done = TRIGGER.lastIndex;
      }
      continue;
    }
    const start = tokenStart(text, t);
    const m = start === undefined || start < done ? null : tokenAt(text, start);
    if (!m) {
      TRIGGER.lastIndex = t.index + 1;
      continue;
    }
    done = m.index + m[0].length;
    if (TRIGGER.lastIndex < done) TRIGGER.lastIndex = done;
    const c = explicit(m);
    if (c) out.push(c);
  }
  return out;
}

function tokenAt(text: string, start: number): RegExpExecArray | null {
  TOKEN.lastIndex = start;
  return TOKEN.exec(text);
}

/** Where the token around a trigger begins. */
function tokenStart(text: string, t: RegExpExecArray): number | undefined {
  const g = t.groups!;
  let i = t.index;
  const suffix = g.suffix ?? g.spaced;
  if (suffix) {
    // A ticker's letters (AAPL.O, NVDA US) or a code's digits (0700.HK, 005930.KS) before the suffix.
    const letters = isUpper(text.charCodeAt(i - 1));
    while (i > 0 && t.index - i < 7 && (letters ? isUpper(text.charCodeAt(i - 1)) : isDigit(text.charCodeAt(i - 1)))) i--;
    return i;
  }
  if (g.label) return i >= 2 && LABEL_HEADS.has(text.slice(i - 2, i)) ? i - 2 : undefined;
  if (g.colon) {
    if (i > 0 && isSpace(text[i - 1])) i--;
    const label = LABELS.find((l) => i >= l.length && text.startsWith(l, i - l.length));
    return label ? i - label.length : undefined;
  }
  return i;
}

const isDigit = (u: number) => (u >= 0x30 && u <= 0x39) || (u >= 0xff10 && u <= 0xff19);
const isUpper = (u: number) => (u >= 0x41 && u <= 0x5a) || (u >= 0xff21 && u <= 0xff3a);

function explicit(m: RegExpExecArray): CodeCandidate | undefined {
  const g = m.groups!;
  const at = (raw: string) => m[0].lastIndexOf(raw);
  const one = (raw: string, market: Market | undefined, exchange?: string) =>
    make(m.input, 'explicit', m.index, m.index + m[0].length, raw, at(raw), market, exchange);
  if (g.hk) return one(g.hk, 'HK');
  if (g.hp) return one(g.hp, 'HK');
  if (g.hn) return one(g.hn, 'HK');
  if (g.as) return one(g.as, /[ZＺ]$/.test(g.as) ? 'SZ' : 'SH');
  if (g.ap) return one(g.ap, /^[SＳs][ZＺz]/.test(g.ap) ? 'SZ' : 'SH');
  if (g.an) return one(g.an, g.al === 'SZSE' ? 'SZ' : 'SH');
  if (g.un) return one(g.un, 'US', exchangeName(g.ux!));
  if (g.us) return one(g.us, 'US');
  if (g.ric) {
    // BABA.A is BABA on NYSE American; the code is read without the letter.
    const c = one(g.ric.replace(/[.．][AＡ]$/, ''), 'US', RIC_EXCHANGE[g.ric.slice(-1)]);
    return g.glued !== undefined || gluedToName(m) ? c : bracketed(c);
  }
  if (g.jp) return one(g.jp, 'JP');
  if (g.kr) return one(g.kr, 'KR');
  if (g.tw) return one(g.tw, 'TW');
  if (g.bj) return one(g.bj, 'BJ');
  if (g.bh) return bloomberg(m, g.bh, 'HK');
  if (g.bu) return bracketed(one(g.bu, 'US')) ?? spacedAfterName(m, g.bu, 'US');
  if (g.bk) return bloomberg(m, g.bk, 'KR');
  if (g.bt) return bloomberg(m, g.bt, 'TW');
  if (g.bjp) return bloomberg(m, g.bjp, 'JP');
  if (g.ln) return one(g.ln, g.ln.length === 6 ? sixDigitMarket(g.ln) : 'HK');
  return undefined;
}

/** Bloomberg's code (700 HK, 005930 KS): glued to a name, alone in brackets, or a space after a name. */
function bloomberg(m: RegExpExecArray, raw: string, market: Market): CodeCandidate | undefined {
  const one = make(m.input, 'explicit', m.index, m.index + m[0].length, raw, m[0].lastIndexOf(raw), market);
  return gluedToName(m) ? one : (bracketed(one) ?? spacedAfterName(m, raw, market));
}

/** A candidate for the token `text[start, end)` whose code `raw` sits at `rawAt` inside it. */
function make(
  text: string,
  kind: CodeCandidate['kind'],
  start: number,
  end: number,
  raw: string,
  rawAt: number,
  market: Market | undefined,
  exchange?: string,
): CodeCandidate | undefined {
  const code = market ? normaliseCode(raw, market) : '';
  if (!market || code === '') return undefined;
  const codeStart = start + rawAt;
  const codeEnd = codeStart + raw.length;
  const stock = { code, market };
  if (kind !== 'explicit') return { kind, stock, exchange, start: codeStart, end: codeEnd, codeStart, codeEnd, open: start, close: end };
  const around = bracketsAround(text, start, end);
  return { kind, stock, exchange, start, end, codeStart, codeEnd, open: around?.open, close: around?.close };
}

/** Reuters' exchange letters: .N the NYSE, .A NYSE American, .O/.OQ and .K Nasdaq. */
const RIC_EXCHANGE: Record<string, string> = { N: 'NYSE', A: 'AMEX', O: 'NASDAQ', Q: 'NASDAQ', K: 'NASDAQ' };

/** A token written straight after a Han character, as agencies glue a code to its name (京東JD.O). */
function gluedToName(m: RegExpExecArray): boolean {
  const c = m.input.charCodeAt(m.index - 1);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Bloomberg's form outside brackets, one space after a Han character (騰訊 700 HK, 蘋果 AAPL US):
 * a candidate the caller keeps only where the sentence talks of shares.
 */
function spacedAfterName(m: RegExpExecArray, raw: string, market: Market): CodeCandidate | undefined {
  if (!isSpace(m.input[m.index - 1]) || !isHanAt(m.input, m.index - 2)) return undefined;
  const code = normaliseCode(raw.replace(/[ \u3000].*$/, ''), market);
  if (code === '') return undefined;
  const end = m.index + m[0].length;
  return { kind: 'spaced', stock: { code, market }, start: m.index, end, codeStart: m.index, codeEnd: end };
}

function isHanAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A code that counts only alone in brackets, as after a name: 特斯拉(TSLA.O), 騰訊（700 HK）. */
const bracketed = (c: CodeCandidate | undefined) => (c?.open !== undefined ? c : undefined);

const sixDigitMarket = (raw: string) => aShareMarket(foldWidth(raw));

function exchangeName(label: string): string {
  if (/^(?:Nasdaq|NASDAQ|納斯達克|纳斯达克)$/.test(label)) return 'NASDAQ';
  if (label === 'AMEX' || label === 'NYSE American') return 'AMEX';
  return 'NYSE';
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000';

/** The brackets directly around a token (up to two spaces inside each), if any. */
function bracketsAround(text: string, start: number, end: number): { open: number; close: number } | undefined {
  let i = start;
  while (i > 0 && start - i < 2 && isSpace(text[i - 1])) i--;
  let k = end;
  while (k < text.length && k - end < 2 && isSpace(text[k])) k++;
  const open = text[i - 1];
  const close = text[k];
  return (open === '(' || open === '（') && (close === ')' || close === '）') ? { open: i - 1, close: k + 1 } : undefined;
}
