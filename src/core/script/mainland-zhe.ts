/**
 * 著 as the mainland writes it. Hong Kong (and Taiwan) write one character, 著, both for the
 * aspect particle and verb (看著, 隨著, 意味著, 著陸, 睡著) and for "notable, to write" (著名,
 * 著作, 顯著); the mainland writes 着 for the first and keeps 著 only for the second. OpenCC's
 * hk2s tables as opencc-js ships them map 著 to itself, so `意味著` came out half converted.
 *
 * The second sense is a closed set of words, so the rule is: every 著 becomes 着 unless it stands
 * in one of those words. One character for one, so offsets into the original hold.
 *
 * @example
 * mainlandZhe('这意味著市场随著时间') // '这意味着市场随着时间'
 * mainlandZhe('著名经济学家的著作') // unchanged
 */
export function mainlandZhe(text: string): string {
  if (!text.includes('著')) return text;
  return text.replace(/著/g, (_, at: number, whole: string) => (keepsZhu(whole, at) ? '著' : '着'));
}

/** Words where 著 means notable, or to write: [the character before 著] and [the one after]. */
const BEFORE = new Set('显卓昭土名原编巨论专遗译拙大新合撰彰较遺譯論專編顯'.split(''));
const AFTER = new Set('名作者称述录书说稱述錄書說'.split(''));

function keepsZhu(text: string, at: number): boolean {
  return BEFORE.has(text[at - 1] ?? '') || AFTER.has(text[at + 1] ?? '');
}
