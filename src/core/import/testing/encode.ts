/**
 * Test support: encoders built from the platform's own decoders, so tests can turn text into
 * Big5, GB18030 or UTF-16 bytes without an encoding library. Not used by the app.
 */
type LegacyEncoding = 'big5' | 'gb18030';

const tables = new Map<LegacyEncoding, Map<string, number[]>>();

function addPairs(table: Map<string, number[]>, decoder: TextDecoder, leads: number[], trails: number[]): void {
  const pair = new Uint8Array(2);
  for (const lead of leads) {
    for (const trail of trails) {
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      // Keep the first byte pair for a character; skip pairs that decode to two code points.
      if (ch !== '\uFFFD' && [...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Character → bytes, built once per encoding by decoding its whole two-byte (and GB18030 BMP four-byte) space. */
function table(encoding: LegacyEncoding): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const made = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  if (encoding === 'big5') {
    // Standard Big5 (lead A1–F9) before HKSCS (lead 81–A0, FA–FE), as an encoder would prefer.
    const trails = [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
    addPairs(made, decoder, range(0xa1, 0xf9), trails);
    addPairs(made, decoder, [...range(0x81, 0xa0), ...range(0xfa, 0xfe)], trails);
  } else {
    addPairs(made, decoder, range(0x81, 0xfe), [...range(0x40, 0x7e), ...range(0x80, 0xfe)]);
    const quad = new Uint8Array(4);
    for (const b1 of range(0x81, 0x84))
      for (const b2 of range(0x30, 0x39))
        for (const b3 of range(0x81, 0xfe))
          for (const b4 of range(0x30, 0x39)) {
            quad.set([b1, b2, b3, b4]);
            const ch = decoder.decode(quad);
            if (ch !== '\uFFFD' && ch.length === 1 && !made.has(ch)) made.set(ch, [b1, b2, b3, b4]);
          }
  }
  tables.set(encoding, made);
  return made;
}

/** Encodes text in Big5 or GB18030; throws on a character the encoding lacks. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${encoding} has no ${ch} (U+${cp.toString(16).toUpperCase()})`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** Encodes text as UTF-16 (little- or big-endian), with a byte order mark if asked. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [first, second] = endian === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

/** UTF-8 bytes, with a byte order mark if asked. */
export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
}
