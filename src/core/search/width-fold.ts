/** Folded form of each BMP code unit, computed on first use; 0 means "not yet". */
const TABLE = new Uint16Array(0x10000);

function compute(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit;
  const ch = String.fromCharCode(unit);
  const nfkc = ch.normalize('NFKC');
  const base = nfkc.length === 1 ? nfkc : ch;
  const lower = base.toLowerCase();
  return (lower.length === 1 ? lower : base).charCodeAt(0);
}

function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  if (unit >= 0x4e00 && unit <= 0x9fff) return unit; // unified ideographs are their own NFKC
  let folded = TABLE[unit] ?? 0;
  if (folded === 0) {
    folded = compute(unit);
    TABLE[unit] = folded;
  }
  return folded;
}

/**
 * Folds case and width one UTF-16 unit at a time, so the length never changes: each unit
 * becomes its NFKC form, lower-cased, where that is a single unit (ＡＢＣ１２３ → abc123,
 * U+3000 → space, ｶ → カ, （ → ( ), and stays as it is otherwise (… → …, not ...).
 *
 * @example
 * foldWidthAndCase('ＯｐｅｎＡＩ\u3000３０００') // 'openai 3000'
 */
export function foldWidthAndCase(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = foldUnit(unit);
    if (folded === unit) continue;
    out += text.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
