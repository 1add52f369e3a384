import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { decodeBytes } from './decode';
import { encodeLegacy, encodeUtf16, encodeUtf8 } from './testing/encode';
import type { EncodingName } from './encoding';

const SHARED = path.resolve(__dirname, '../../../../shared');
const hasShared = fs.existsSync(SHARED);
if (!hasShared) console.warn(`decode.test: ${SHARED} is absent; the shared sample cases are skipped`);

/** Big5 has no 着 (the sample writes 面臨着); a Big5 file would hold 著 there. */
const sampleBig5 = sample.replaceAll('着', '著');

const SIMPLIFIED = [
  '腾讯控股今日公布第三季度业绩，收入同比增长百分之十，净利润超出市场预期。',
  '国家统计局发布数据显示，上月居民消费价格指数同比上涨，食品价格涨幅较大。',
  '分析师认为，人民币汇率短期内将保持基本稳定，资本市场对经济前景的信心有所恢复。',
].join('\n\n');

describe('decodeBytes: choosing the encoding', () => {
  it.each<[string, () => Uint8Array, EncodingName, boolean, string]>([
    ['the sample page in Big5', () => encodeLegacy(sampleBig5, 'big5'), 'big5', false, sampleBig5],
    ['the sample page in GB18030', () => encodeLegacy(sample, 'gb18030'), 'gb18030', false, sample],
    ['Simplified paragraphs in GB18030', () => encodeLegacy(SIMPLIFIED, 'gb18030'), 'gb18030', false, SIMPLIFIED],
    ['the sample page in UTF-8', () => encodeUtf8(sample, false), 'utf-8', false, sample],
    ['the sample page in UTF-8 with BOM', () => encodeUtf8(sample, true), 'utf-8', true, sample],
    ['the sample page in UTF-16LE with BOM', () => encodeUtf16(sample, 'le', true), 'utf-16le', true, sample],
    ['the sample page in UTF-16BE with BOM', () => encodeUtf16(sample, 'be', true), 'utf-16be', true, sample],
    ['the sample page in UTF-16LE without BOM', () => encodeUtf16(sample, 'le', false), 'utf-16le', false, sample],
    ['the sample page in UTF-16BE without BOM', () => encodeUtf16(sample, 'be', false), 'utf-16be', false, sample],
  ])('%s', (_name, bytes, encoding, bom, text) => {
    const result = decodeBytes(bytes());
    expect(result.encoding).toBe(encoding);
    expect(result.bom).toBe(bom);
    expect(result.text).toBe(text);
    expect(result.confidence).toBeGreaterThan(0.95);
    expect(result.candidates[0]?.encoding).toBe(encoding);
  });

  it.each<[string, string, 'big5' | 'gb18030']>([
    ['a Traditional headline in Big5', '騰訊控股公布業績', 'big5'],
    ['a Simplified headline in GB18030', '腾讯控股公布业绩', 'gb18030'],
    ['a Traditional headline in GB18030', '港股收市報告', 'gb18030'],
    ['a short Big5 line with punctuation', '恒指升二百點，成交額增加。', 'big5'],
  ])('%s', (_name, text, encoding) => {
    const result = decodeBytes(encodeLegacy(text, encoding));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('scores the wrong legacy reading far below the right one', () => {
    const { candidates } = decodeBytes(encodeLegacy(sampleBig5, 'big5'));
    expect(candidates.map((c) => c.encoding)).toEqual(['big5', 'gb18030']);
    expect(candidates[0]!.score - candidates[1]!.score).toBeGreaterThan(1);
  });

  it('only weighs UTF-16 without a BOM when the NUL bytes say so', () => {
    expect(decodeBytes(encodeLegacy(sample, 'gb18030')).candidates.map((c) => c.encoding)).not.toContain('utf-16le');
    expect(decodeBytes(encodeUtf16(sample, 'le', false)).candidates.map((c) => c.encoding)).toContain('gb18030');
  });

  it('is sure of pure ASCII (every candidate reads it alike)', () => {
    expect(decodeBytes(encodeUtf8('HSI 20000 +1.5%', false))).toMatchObject({ encoding: 'utf-8', confidence: 1 });
  });

  it('decodes nothing to an empty text', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', bom: false });
  });
});

describe('decodeBytes: override', () => {
  it('decodes with the encoding asked for, even a wrong one', () => {
    const bytes = encodeLegacy(sampleBig5, 'big5');
    const wrong = decodeBytes(bytes, 'gb18030');
    expect(wrong.encoding).toBe('gb18030');
    expect(wrong.text).not.toBe(sampleBig5);
    expect(decodeBytes(bytes, 'big5').text).toBe(sampleBig5);
  });

  it('drops a BOM only when it belongs to the encoding asked for', () => {
    const bytes = encodeUtf8('中文', true);
    expect(decodeBytes(bytes, 'utf-8')).toMatchObject({ text: '中文', bom: true });
    expect(decodeBytes(bytes, 'big5').bom).toBe(false);
  });
});

describe.skipIf(!hasShared)('decodeBytes: shared sample pages', () => {
  const page = (name: string) => fs.readFileSync(path.join(SHARED, 'samples', name), 'utf8').split('\n').slice(1).join('\n');

  it.each<[string, 'big5' | 'gb18030']>([
    ['china-eastern-hans.txt', 'gb18030'],
    ['aastocks-00215-hant.txt', 'big5'],
    ['aastocks-00215-hant.txt', 'gb18030'],
  ])('%s in %s', (name, encoding) => {
    const text = page(name);
    const result = decodeBytes(encodeLegacy(text, encoding));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text);
  });
});

describe('decodeBytes: properties', () => {
  it('returns any string from its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // A leading U+FEFF is read as a byte order mark: that is what it is in a file.
        fc.pre(!text.startsWith('\uFEFF'));
        const result = decodeBytes(new TextEncoder().encode(text));
        expect(result.encoding).toBe('utf-8');
        expect(result.text).toBe(text);
      }),
    );
  });

  it('never throws and always names a candidate, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeBytes(bytes);
        expect(result.candidates.map((c) => c.encoding)).toContain(result.encoding);
        expect(result.confidence).toBeGreaterThanOrEqual(0.5);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });
});
