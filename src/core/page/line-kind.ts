import { surnameLength } from './surnames';
import { closerFamily, isTerminal, openerFamily } from './punctuation';
import { isHan, widthOf } from '../text/char-classes';

/**
 * What a single line looks like on its own, before its neighbours are considered.
 * - `short`: headline-shaped — short, no sentence punctuation, not ended like a sentence.
 * - `prose`: running text (long, or punctuated like a sentence).
 * - `bracketed`: a short line wholly inside one pair of brackets, e.g. `(作者為…)`.
 * - `stockTip`: a short list of two or more `名稱 (09988)` codes and no prose.
 * - `contact`: an advert's phone / fax / address line (`電話：…`, `Tel: …`).
 * - `source`: a web address alone on its line, perhaps labelled (`來源：https://…`,
 *   `# source: https://…`): where the text came from; never a headline, never joined to prose.
 * - `other`: no words at all (`***`, a lone number); never a headline, never joined.
 */
export type Shape = 'short' | 'prose' | 'bracketed' | 'stockTip' | 'contact' | 'source' | 'other';

/** A line's shape plus the facts its neighbours are judged by. */
export interface LineShape {
  readonly shape: Shape;
  /** A short line that reads like an author's name (`李靈修`, `記者 王小明`). */
  readonly author: boolean;
  /** Carries sentence punctuation (，。；！？、). */
  readonly punctuated: boolean;
  /** Does not end in terminal punctuation: as prose, it was cut and continues. */
  readonly open: boolean;
}

/** Headlines and subheads are at most this wide (ideograph units; Latin counts ½). */
export const HEADLINE_WIDTH = 24;
const BRACKETED_WIDTH = 40;
const CONTACT_WIDTH = 60;
const STOCK_TIP_WIDTH = 80;

const CONTACT =
  /^(?:電話|电话|傳真|传真|電郵|电邮|熱線|热线|網址|网址|地址|tel|fax|phone|e-?mail|whatsapp|website)\s*[:：.]?/i;
/** A web address, alone or after a label such as `來源：` or a note's `# source:`. */
const SOURCE =
  /^(?:#+\s*)?(?:(?:source|via|link|url|來源|来源|出處|出处|原文(?:網址|网址|連結|链接|鏈接)?|連結|链接|鏈接)\s*[:：]\s*)?(?:https?:\/\/|www\.)\S+$/i;
const STOCK_CODE = /[(（]\s*[\d０-９]{3,6}(?:\.[A-Z]{2})?\s*[)）]/g;
const AUTHOR = /^(?:(?:本報|本报)?(?:記者|记者)|撰文|文|作者)?[\s:：]*(\p{sc=Han}{1,4}(?:[·・‧•]\p{sc=Han}{1,4}){0,2})$/u;

/**
 * Punctuation that only running prose carries (，。；！？、 and their ASCII cousins). A headline
 * never has it, which is what tells `還有一句，就是梁文鋒剖白他的` (prose) from a subhead. An ASCII
 * comma counts unless it sits between digits (`1,000`).
 */
const SENTENCE_PUNCT = /[，。；！？、｡､;!?]|(?<!\d),|,(?!\d)/u;

/**
 * Classifies one trimmed line by its shape alone. Only the first ~80 ideographs' worth of a line
 * is measured (beyond that no shape but prose is possible) and punctuation is found by one native
 * regex test, so a 1 MB line costs almost nothing and ordinary lines little.
 */
export function lineShape(text: string): LineShape {
  let width = 0;
  let letters = 0;
  for (let u = 0; u < text.length && width <= STOCK_TIP_WIDTH; ) {
    const unit = text.charCodeAt(u);
    // The common CJK ideograph, decided here: it is Han and one unit wide.
    if (unit >= 0x4e00 && unit <= 0x9fff) {
      u++;
      width++;
      letters++;
      continue;
    }
    const cp = text.codePointAt(u)!;
    u += cp > 0xffff ? 2 : 1;
    width += widthOf(cp);
    if (isHan(cp) || isLetter(cp)) letters++;
  }
  const punctuated = SENTENCE_PUNCT.test(text);
  const last = text.codePointAt(text.length - 1) ?? -1;
  const open = !isTerminal(last >= 0xdc00 && last <= 0xdfff ? (text.codePointAt(text.length - 2) ?? last) : last);
  const result = (shape: Shape, author = false): LineShape => ({ shape, author, punctuated, open });

  if (width <= BRACKETED_WIDTH && isWhollyBracketed(text)) return result('bracketed');
  if (!punctuated && width <= CONTACT_WIDTH && isContact(text)) return result('contact');
  if (SOURCE.test(text)) return result('source');
  if (!punctuated && width <= STOCK_TIP_WIDTH && (text.match(STOCK_CODE)?.length ?? 0) >= 2) return result('stockTip');
  if (width <= HEADLINE_WIDTH && !punctuated && open) {
    if (letters < 2) return result('other');
    return result('short', isAuthorName(text));
  }
  if (letters === 0 && width <= HEADLINE_WIDTH) return result('other');
  return result('prose');
}

/**
 * A person's name: 2–4 Han characters labelled 記者 / 文：, or dotted transliterated parts
 * (艾力·買買提), or a bare name that starts with a surname and is 2–3 characters long (4 with a
 * compound surname such as 歐陽). Four-character phrases (`金價大升`, `恭賀春釐`) are too often
 * headlines or greetings to count as names unlabelled.
 */
function isAuthorName(text: string): boolean {
  const m = AUTHOR.exec(text);
  if (!m?.[1]) return false;
  const name = m[1];
  const length = [...name.replace(/[·・‧•]/gu, '')].length;
  if (length < 2) return false;
  if (m[0] !== name || /[·・‧•]/u.test(name)) return true;
  const surname = surnameLength(name);
  return surname > 0 && length <= surname + 2;
}

/** `電話：二五二二…`, `Fax: 2522 9796`, `電郵：a@b.hk`: a contact label followed by a number or address. */
function isContact(text: string): boolean {
  const label = CONTACT.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  const digits = rest.match(/[\d〇零一二三四五六七八九]/gu)?.length ?? 0;
  return digits >= 6 || /@|www\.|https?:/i.test(rest);
}

/** True when the first character opens a bracket that only the last character closes. */
function isWhollyBracketed(text: string): boolean {
  const chars = [...text];
  const family = openerFamily(chars[0]?.codePointAt(0) ?? -1);
  if (family < 0 || chars.length < 3) return false;
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!.codePointAt(0)!;
    if (openerFamily(c) === family) depth++;
    else if (closerFamily(c) === family) {
      depth--;
      if (depth === 0) return i === chars.length - 1;
    }
  }
  return false;
}

function isLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f);
}
