import { isCommonHan } from './common-han';

/**
 * Weight of one code point (other than printable ASCII) in a decoded Chinese page: common characters and CJK
 * punctuation count for the decoding, rare or foreign ones against it, and replacement or
 * private-use characters (what a wrong legacy decoding yields) strongly against.
 */
function weight(cp: number): number {
  if (cp === 0xfffd) return -3;
  if (cp < 0x20 || cp === 0x7f) return -3; // controls (tab and line ends are not weighed)
  if (isCommonHan(cp)) return 1;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 0.25; // other Han in the basic block
  if (cp >= 0x3000 && cp <= 0x303f) return 1; // 。、「」《》
  if (cp >= 0xff00 && cp <= 0xffef) return 1; // ，（）：０-９
  if (cp >= 0x2010 && cp <= 0x2027) return 0.5; // —…‘’“”
  if (cp >= 0xe000 && cp <= 0xf8ff) return -2; // private use: GB18030's reading of Big5 punctuation
  if (cp >= 0x80 && cp <= 0x9f) return -2; // C1 controls
  if (cp >= 0x3400 && cp <= 0x4dbf) return -1; // extension A
  if (cp >= 0xf900 && cp <= 0xfaff) return -1; // compatibility ideographs
  if (cp > 0xffff) return -1; // extensions B+ (a few HKSCS ones are real, most are noise)
  if (cp >= 0x3040 && cp <= 0x312f) return -1; // kana, bopomofo
  if (cp >= 0x0370 && cp <= 0x04ff) return -1; // Greek, Cyrillic
  if (cp >= 0x2500 && cp <= 0x257f) return -1; // box drawing
  if (cp >= 0xac00 && cp <= 0xd7af) return -1; // Hangul
  return 0;
}

/** A plausibility score and how many code points it rests on. */
export interface Plausibility {
  /** Mean weight of the code points other than printable ASCII, about −3 … 1; 1 for plain ASCII. */
  score: number;
  /** How many code points were weighed. */
  weighed: number;
}

/**
 * How much a decoded text looks like a Chinese newspaper page.
 *
 * @example
 * plausibility('中國的經濟').score // 1
 * plausibility('\uFFFD\uFFFD').score // -3
 */
export function plausibility(text: string): Plausibility {
  let sum = 0;
  let weighed = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x20 ? cp < 0x7f : cp === 0x09 || cp === 0x0a || cp === 0x0d) continue;
    sum += weight(cp);
    weighed++;
  }
  return { score: weighed === 0 ? 1 : sum / weighed, weighed };
}
