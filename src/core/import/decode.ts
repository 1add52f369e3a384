import { detectBom } from './bom';
import { plausibility } from './plausibility';
import type { DecodeResult, EncodingName } from './encoding';
import { SNIFF_BYTES, sniffUtf16 } from './utf16-sniff';

/** Bytes of a legacy-encoded file weighed when choosing its encoding. */
const SCORE_BYTES = 4 * SNIFF_BYTES;

function decodeWith(encoding: EncodingName, bytes: Uint8Array): string {
  // ignoreBOM: a BOM has been dealt with by the caller; anything left is content.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * Certainty of a valid UTF-8 decoding: pure ASCII reads alike in every candidate, and each
 * multi-byte character makes a legacy file that happens to be valid UTF-8 less likely.
 */
function utf8Confidence(text: string): number {
  let multiByte = 0;
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) >= 0x80 && ++multiByte >= 8) break;
  return multiByte === 0 ? 1 : round(1 - 0.25 ** multiByte);
}

/**
 * Confidence in the best of several candidate decodings: how far it leads the runner-up, how
 * plausible it is on its own, and how much text the judgement rests on. 0.5 is a coin toss.
 */
function legacyConfidence(best: number, second: number, weighed: number): number {
  const lead = clamp01((best - second) / 0.4);
  const plausible = clamp01(best / 0.5);
  const evidence = weighed / (weighed + 10);
  return round(0.5 + 0.5 * lead * plausible * evidence);
}

/**
 * Decodes an imported file, choosing its encoding unless `override` says which to use.
 *
 * Order of judgement: a byte order mark; then strict UTF-8 (legacy Chinese bytes almost never
 * form valid UTF-8); otherwise Big5 and GB18030 (and UTF-16 when the NUL bytes suggest it) are
 * each decoded over the first 256 KB and scored by {@link plausibility}: replacement,
 * private-use and rare characters count against, common characters for. A BOM or an
 * `override` is taken as given: confidence 1, and it is the only candidate.
 *
 * @example
 * decodeBytes(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5])) // Big5 bytes of 中文
 * // → { text: '中文', encoding: 'big5', bom: false, confidence: …, candidates: [big5, gb18030] }
 */
export function decodeBytes(bytes: Uint8Array, override?: EncodingName): DecodeResult {
  const bom = detectBom(bytes);
  if (override) {
    const hasBom = bom?.encoding === override;
    const text = decodeWith(override, hasBom ? bytes.subarray(bom.length) : bytes);
    const score = round(plausibility(text.slice(0, SCORE_BYTES)).score);
    return { text, encoding: override, bom: hasBom, confidence: 1, candidates: [{ encoding: override, score }] };
  }
  if (bom) {
    const text = decodeWith(bom.encoding, bytes.subarray(bom.length));
    const score = round(plausibility(text.slice(0, SCORE_BYTES)).score);
    return { text, encoding: bom.encoding, bom: true, confidence: 1, candidates: [{ encoding: bom.encoding, score }] };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) {
    const score = round(plausibility(utf8.slice(0, SCORE_BYTES)).score);
    return { text: utf8, encoding: 'utf-8', bom: false, confidence: utf8Confidence(utf8), candidates: [{ encoding: 'utf-8', score }] };
  }
  const utf16 = sniffUtf16(bytes);
  const names: EncodingName[] = utf16 ? [utf16, 'big5', 'gb18030'] : ['big5', 'gb18030'];
  const sample = bytes.subarray(0, SCORE_BYTES);
  const scored = names
    .map((encoding) => ({ encoding, ...plausibility(decodeWith(encoding, sample)) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored as [(typeof scored)[number], (typeof scored)[number]];
  return {
    text: decodeWith(best.encoding, bytes),
    encoding: best.encoding,
    bom: false,
    confidence: legacyConfidence(best.score, second.score, best.weighed),
    candidates: scored.map(({ encoding, score }) => ({ encoding, score: round(score) })),
  };
}
