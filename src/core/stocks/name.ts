import { codePointBefore, codePointLength } from '../text/code-points';
import { isDigitAnyWidth, isHan, isLetterAnyWidth, isSpaceOrNewline } from '../text/char-classes';
import { CUT_WORDS, GENERIC_NAMES, JOINERS, LEADERS, NAME_STARTS } from './words';

/**
 * What stands before a code: `name` (a usable company name: 2–10 code points, a formal name of
 * up to 20 ending in 有限公司, the name after a describing word in a longer run (設備商芯源微電子
 * → 芯源微電子), or up to three capitalised Latin words of up to 24 in all, such as
 * `Meta Platforms`), `short` (one
 * character), `long` (longer, or a run too long to read, most likely part of a sentence),
 * `generic` (`該公司`, `港股`), or `none` (punctuation, a digit, the start of the text).
 */
export type NameKind = 'name' | 'short' | 'long' | 'generic' | 'none';

/** The name read before a code, in UTF-16 units of the scanned text. */
export interface NameBefore {
  readonly kind: NameKind;
  /** Where the kept name starts (equal to `end` when there is none). */
  readonly start: number;
  /** Where it ends, a class marker such as `-W` included; the whitespace after it is not. */
  readonly end: number;
  /** Where the run of name characters began, before leading words were dropped. */
  readonly runStart: number;
  /** The name without its class marker: the key for aliases. */
  readonly key: string;
}

/** How far back a run of name characters is read, in code points. */
const MAX_RUN = 24;
/** The longest name kept, in code points. */
export const MAX_NAME = 10;
/**
 * A company's formal name may be longer (`寧德時代新能源科技股份有限公司`, 15): up to 20 code
 * points when it ends in a registered form.
 */
const FORMAL_NAME = /(?:有限公司|有限責任公司|有限责任公司|股份公司)$/;
const MAX_FORMAL_NAME = 20;
/**
 * A longer run may end in a name after a word that describes it (`內地半導體設備商芯源微電子`,
 * `全球最大的電池製造商寧德時代`): the name is what follows the last 商 or 的.
 */
const DESCRIBED = /[商的]/g;
/**
 * A name in Latin letters may be longer (`Meta Platforms`, `Tencent Music`): up to three words,
 * each capitalised (so `shares of Tencent` stays a sentence), of up to 24 code points in all.
 */
const LATIN_NAME = /^(?:\*ST)?[A-Z][A-Za-z]*(?:[ \u3000][A-Z][A-Za-z]*){0,2}$/;
const MAX_LATIN_NAME = 24;
const DATE_UNITS: ReadonlySet<string> = new Set(['年', '月', '日', '號', '号', '時', '时', '點', '点']);
const CLASS_MARKER = /[-－](?:SW|SB|RS|WP|PF|W|S|B|P|R|U)$/;

/**
 * Reads the company name that ends at `end` (skipping up to three spaces and at most one line
 * break), never reaching back before `floor`. The run is Han characters and ASCII letters
 * (single spaces between letters, a `*` before `ST`); words that cannot be part of a name are
 * dropped from its front (see `words.ts`).
 *
 * @example
 * nameBefore('心水股 阿里巴巴 (09988)', 9, 0) // { kind: 'name', key: '阿里巴巴', start: 4, end: 8, … }
 */
export function nameBefore(text: string, end: number, floor: number): NameBefore {
  const none = (at: number): NameBefore => ({ kind: 'none', start: at, end: at, runStart: at, key: '' });
  let j = end;
  let spaces = 0;
  let breaks = 0;
  while (j > floor && isSpaceOrNewline(text.charCodeAt(j - 1))) {
    if (text[j - 1] === '\n') breaks++;
    spaces++;
    j--;
  }
  if (spaces > 3 || breaks > 1) return none(end);
  const nameEnd = j;
  const marker = CLASS_MARKER.exec(text.slice(Math.max(floor, j - 3), j));
  if (marker) {
    const before = codePointBefore(text, j - marker[0].length);
    if (before && j - marker[0].length - before.width >= floor && isNameCodePoint(before.cp)) j -= marker[0].length;
  }
  const runEnd = j;
  let count = 0;
  let truncated = false;
  while (j > floor) {
    const cb = codePointBefore(text, j)!;
    const ok =
      isNameCodePoint(cb.cp) ||
      ((cb.cp === 0x20 || cb.cp === 0x3000) && j < runEnd && isLetterAnyWidth(text.charCodeAt(j)) && isLetterAnyWidth(text.charCodeAt(j - 2))) ||
      ((cb.cp === 0x2a || cb.cp === 0xff0a) && /^(?:ST|ＳＴ)/.test(text.slice(j, j + 2)));
    if (!ok) break;
    if (count === MAX_RUN) {
      truncated = true;
      break;
    }
    j -= cb.width;
    count++;
  }
  if (j === runEnd) return none(nameEnd);
  const runStart = j;
  const run = text.slice(runStart, runEnd);
  const before = codePointBefore(text, runStart);
  let s = cleanStart(run, before !== undefined && isDigitAnyWidth(before.cp));
  if (!LATIN_NAME.test(run.slice(s)) && codePointLength(run.slice(s)) > MAX_NAME && !isFormalName(run.slice(s))) s += describedCut(run.slice(s));
  const key = run.slice(s);
  const length = codePointLength(key);
  const max = LATIN_NAME.test(key) ? MAX_LATIN_NAME : isFormalName(key) ? MAX_FORMAL_NAME : MAX_NAME;
  const kind: NameKind =
    length > max || (truncated && s === 0)
      ? 'long'
      : GENERIC_NAMES.has(key)
        ? 'generic'
        : length < 2
          ? 'short'
          : 'name';
  const start = kind === 'long' ? nameEnd : runStart + s;
  return { kind, start, end: nameEnd, runStart, key: kind === 'long' ? '' : key };
}

const isFormalName = (key: string) => FORMAL_NAME.test(key) && codePointLength(key) <= MAX_FORMAL_NAME;

/** Where a name begins after the last word describing it (商, 的) in a long run, or 0 when none leaves a name. */
function describedCut(key: string): number {
  let last = -1;
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(key); m; m = DESCRIBED.exec(key)) last = m.index;
  if (last < 0) return 0;
  const rest = codePointLength(key.slice(last + 1));
  return rest >= 2 && rest <= MAX_NAME ? last + 1 : 0;
}

/**
 * Where the name inside a run of name characters begins (a UTF-16 offset into `run`).
 * `afterDigit`: the run follows a digit, so a leading `年`/`月`/`日` belongs to a date.
 */
export function cleanStart(run: string, afterDigit = false): number {
  let s = afterDigit && DATE_UNITS.has(run[0]!) && codePointLength(run) >= 3 ? 1 : 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(run); m; m = CUT.exec(run)) {
    const after = m.index + m[0].length;
    if (codePointLength(run.slice(after)) >= 2) s = Math.max(s, after);
  }
  for (let p = s + 1; p < run.length - 1; p++) {
    if (!JOINERS.has(run[p]!) || NAME_STARTS.has(run.slice(p, p + 2))) continue;
    if (codePointLength(run.slice(s, p)) >= 2 && codePointLength(run.slice(p + 1)) >= 2) s = p + 1;
  }
  for (let guard = 0; guard < 3; guard++) {
    if (!LEADERS.has(run[s]!) || NAME_STARTS.has(run.slice(s, s + 2)) || codePointLength(run.slice(s + 1)) < 2) break;
    s++;
  }
  return s;
}

const CUT = new RegExp([...CUT_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Whether a code point can be part of a company name: Han or a Latin letter. */
function isNameCodePoint(cp: number): boolean {
  return isHan(cp) || isLetterAnyWidth(cp);
}
