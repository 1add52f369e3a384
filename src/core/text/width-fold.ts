/**
 * The full-width fold: full-width ASCII (`０`–`９`, `（`, `：`, `Ａ`…) becomes ASCII and the odd
 * spaces (U+3000, NBSP) a plain space, one UTF-16 unit for one, so offsets into the folded text
 * are offsets into the original. Stock codes are read through it; search folds further (below).
 */

/** The folded unit of a full-width ASCII character or odd space, or the unit itself. */
function foldWideUnit(unit: number): number {
  if (unit >= 0xff01 && unit <= 0xff5e) return unit - 0xfee0;
  return unit === 0x3000 || unit === 0xa0 ? 0x20 : unit;
}

const WIDE = /[\uff01-\uff5e\u3000\u00a0]/g;

/**
 * Full-width ASCII to ASCII, odd spaces to a space; nothing else changes.
 *
 * @example
 * foldWidth('騰訊（０７００）') // '騰訊(0700)'
 */
export function foldWidth(text: string): string {
  let i = 0;
  while (i < text.length && foldWideUnit(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  return text.replace(WIDE, (c) => String.fromCharCode(foldWideUnit(c.charCodeAt(0))));
}

/** Search's folded form of each BMP code unit, computed on first use; 0 means "not yet". */
const SEARCH_TABLE = new Uint16Array(0x10000);

function computeSearchUnit(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit;
  const ch = String.fromCharCode(unit);
  const nfkc = ch.normalize('NFKC');
  const base = nfkc.length === 1 ? nfkc : ch;
  const lower = base.toLowerCase();
  return (lower.length === 1 ? lower : base).charCodeAt(0);
}

function foldSearchUnit(unit: number): number {
  const wide = foldWideUnit(unit);
  if (wide !== unit) return wide >= 0x41 && wide <= 0x5a ? wide + 0x20 : wide;
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  if (unit >= 0x4e00 && unit <= 0x9fff) return unit; // unified ideographs are their own NFKC
  let folded = SEARCH_TABLE[unit] ?? 0;
  if (folded === 0) {
    folded = computeSearchUnit(unit);
    SEARCH_TABLE[unit] = folded;
  }
  return folded;
}

/**
 * The full-width fold, then case and the rest of compatibility width, one UTF-16 unit at a
 * time, so the length never changes: each unit becomes its NFKC form, lower-cased, where that is
 * a single unit (ＡＢＣ１２３ → abc123, U+3000 → space, ｶ → カ, （ → ( ), and stays as it is
 * otherwise (… → …, not ...). What search compares.
 *
 * @example
 * foldWidthAndCase('ＯｐｅｎＡＩ\u3000３０００') // 'openai 3000'
 */
export function foldWidthAndCase(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = foldSearchUnit(unit);
    if (folded === unit) continue;
    out += text.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
