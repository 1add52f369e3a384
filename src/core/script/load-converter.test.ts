import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectScript, loadBatchConverter, loadConverter, loadConverterInThread, protectedSpans, type Convert } from './index';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../sample/sample-page.txt'), 'utf8');
const SHARED = path.resolve(__dirname, '../../../../shared');
const present = fs.existsSync(SHARED);
if (!present) console.log(`script conversion: shared samples skipped (${SHARED} not found)`);

const cps = (s: string) => [...s];

/** Every protected span of the original reads the same, at the same offsets, in the output. */
function expectSpansKept(original: string, converted: string) {
  const a = cps(original);
  const b = cps(converted);
  expect(b).toHaveLength(a.length);
  for (const { start, end } of protectedSpans(original)) expect(b.slice(start, end).join('')).toBe(a.slice(start, end).join(''));
}

let hk2s: Convert;
let s2hk: Convert;
beforeAll(async () => {
  hk2s = await loadConverter('hk2s');
  s2hk = await loadConverterInThread('s2hk');
});

describe('loadConverter', () => {
  it('loads each direction once', () => {
    expect(loadConverter('hk2s')).toBe(loadConverter('hk2s'));
    expect(loadConverterInThread('s2hk')).toBe(loadConverterInThread('s2hk'));
  });

  it('gives s2hk (without a worker) and hk2s as batch converters too', async () => {
    const toHant = await loadConverter('s2hk');
    expect(await toHant(['腾讯', '3000亿'])).toEqual(['騰訊', '3000億']);
    const toHans = await loadBatchConverter('hk2s');
    expect(await toHans(['騰訊', '恆生'])).toEqual(['腾讯', '恒生']);
  });
});

describe('hk2s and s2hk', () => {
  it.each([
    ['騰訊', '腾讯'],
    ['恒生指數', '恒生指数'],
    ['恆生', '恒生'],
    ['恒生', '恒生'],
    ['3000億', '3000亿'],
    ['騰訊 (00700)', '腾讯 (00700)'],
    ['OpenAI、GDP與MBS', 'OpenAI、GDP与MBS'],
    ['見https://example.com/a', '见https://example.com/a'],
  ])('hk2s %s → %s', (hant, hans) => {
    expect(hk2s(hant)).toBe(hans);
  });

  it.each([
    ['腾讯', '騰訊'],
    // Hong Kong writes 恒 (恒生銀行, 恒生指數); OpenCC's standard form 恆 is not what HK uses.
    ['恒生', '恒生'],
    ['恒生指数', '恒生指數'],
    ['3000亿美元', '3000億美元'],
    ['发展', '發展'],
    ['头发', '頭髮'],
    ['南方航空（600029.SH）', '南方航空（600029.SH）'],
  ])('s2hk %s → %s', (hans, hant) => {
    expect(s2hk(hans)).toBe(hant);
  });

  it('round-trips 騰訊 through Simplified', () => {
    expect(s2hk(hk2s('騰訊'))).toBe('騰訊');
  });

  it.each(['OpenAI', 'GDP', 'MBS', '(00700)', '（600029.SH）', 'https://example.com/a', '2.75', '6.46%', '1,103'])(
    'leaves %s as written in both directions',
    (text) => {
      expect(hk2s(text)).toBe(text);
      expect(s2hk(text)).toBe(text);
    },
  );

  it('converts the sample page to Simplified keeping its length and every protected span', () => {
    const out = hk2s(SAMPLE);
    expect(out).not.toBe(SAMPLE);
    expectSpansKept(SAMPLE, out);
    expect(out).toContain('心水股 阿里巴巴 (09988) 小米 (01810) 腾讯 (00700)');
    expect(detectScript(SAMPLE)).toBe('hant');
    expect(detectScript(out)).toBe('hans');
  });

  it('keeps the original untouched: switching back means showing it', () => {
    const copy = SAMPLE.slice();
    hk2s(SAMPLE);
    expect(SAMPLE).toBe(copy);
  });

  it('keeps length and protected spans for arbitrary text (hk2s)', () => {
    const alphabet = [...'騰訊恆生指數億萬髮發後臺灣裏說為着(（00700）).HK%SH 3,5.0OpenAI GDP https://a.b/c，。「」𠀋⿰氵每豈更'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet) }), fc.string({ unit: 'binary' })), (text) => {
        expectSpansKept(text, hk2s(text));
      }),
    );
  });

  it('keeps length and protected spans for arbitrary text (s2hk)', () => {
    const alphabet = [...'腾讯恒生指数亿万发后台湾里说为着(（00700）).HK%SH 3,5.0OpenAI GDP https://a.b/c，。“”𠀋'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet) }), (text) => {
        expectSpansKept(text, s2hk(text));
      }),
    );
  });
});

describe.skipIf(!present)('shared samples', () => {
  const read = (name: string) => fs.readFileSync(path.join(SHARED, 'samples', name), 'utf8').split('\n').slice(1).join('\n');

  it('detects a Simplified page, and shows it in Traditional with spans and length kept', () => {
    const hans = read('china-eastern-hans.txt');
    expect(detectScript(hans)).toBe('hans');
    const out = s2hk(hans);
    expectSpansKept(hans, out);
    expect(out).toContain('中國東方航空');
    expect(detectScript(out)).toBe('hant');
  });

  it('detects a Traditional page and converts it to Simplified with spans kept', () => {
    const hant = read('aastocks-00215-hant.txt');
    expect(detectScript(hant)).toBe('hant');
    const out = hk2s(hant);
    expectSpansKept(hant, out);
    expect(out).toContain('和电香港(00215.HK)宣布');
    expect(detectScript(out)).toBe('hans');
  });
});
