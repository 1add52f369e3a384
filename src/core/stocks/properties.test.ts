import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointMap, sliceCodePoints } from '../text/code-points';
import { findStockMentions } from './find-mentions';

/** Text made of the pieces stock mentions are made of, so the properties meet real cases. */
const names = fc.constantFrom('騰訊', '阿里巴巴', '和電香港', '*ST海航', '小米集團-W', '心水股 小米', '𠀋科技', 'Tencent', '年報', '牛證');
const codes = fc.constantFrom('00700', '０７００', '700', '2025', '600519', '0700.HK', '００２１５．ＨＫ', '600029.SH', 'SH600519', 'NASDAQ: NVDA', '12345', '1',
  '005930.KS', '005930 KS', '2330.TW', '８０６９．ＴＷＯ', '2330 TT', '835185.BJ', '6857 JP', '300308');
const mention = fc
  .tuple(names, fc.constantFrom('', ' ', '\n', 'BABA.K'), fc.constantFrom(['(', ')'], ['（', '）'], ['', ''], ['$(', ')$']), codes)
  .map(([name, gap, [open, close], code]) => `${name}${gap}${open}${code}${close}`);
const noise = fc.constantFrom(
  ' ', '\n', '　', '，', '、', '。', '年', '指數', '(', ')', '（', '）', '$', '０', '7', '.HK', '.SH', 'SZ', ':', '：', 'NVDA', '.US',
  '股份代號', '𠀋', '\uD800', '\uDC00', 'A', '.KS', ' KQ', '.TW', ' JP', '.BJ', '股份有限公司', '設備商',
);
const pageLike = fc
  .array(fc.oneof(mention, names, noise, fc.string({ maxLength: 3 })), { maxLength: 30 })
  .map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), pageLike);

describe('findStockMentions over arbitrary text', () => {
  it('never throws; spans are in bounds, sorted and non-overlapping; codes are normalised', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const length = codePointMap(text).length;
        const mentions = findStockMentions(text);
        let last = 0;
        for (const m of mentions) {
          expect(m.span.start).toBeGreaterThanOrEqual(last);
          expect(m.span.end).toBeGreaterThan(m.span.start);
          expect(m.span.end).toBeLessThanOrEqual(length);
          last = m.span.end;
          if (m.codeSpan) {
            expect(m.codeSpan.start).toBeGreaterThanOrEqual(m.span.start);
            expect(m.codeSpan.end).toBeLessThanOrEqual(m.span.end);
          }
          const code = { HK: /^\d{5}$/, SH: /^\d{6}$/, SZ: /^\d{6}$/, US: /^[A-Z]{1,5}(?:\.[A-Z])?$/, JP: /^[0-9A-Z]{4}$/, KR: /^\d{6}$/, TW: /^\d{4,6}$/, BJ: /^\d{6}$/ }[m.stock.market];
          expect(m.stock.code).toMatch(code);
          expect(m.via === 'alias').toBe(m.codeSpan === undefined);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the stock with text that is in the span', () => {
    fc.assert(
      fc.property(pageLike, (text) => {
        const map = codePointMap(text);
        for (const m of findStockMentions(text)) {
          if (m.name !== undefined) expect(sliceCodePoints(text, map, m.span.start, m.span.end)).toContain(m.name);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('an alias is always a name some code mention on the page carries', () => {
    fc.assert(
      fc.property(pageLike, (text) => {
        const mentions = findStockMentions(text);
        const names = new Set(mentions.filter((m) => m.via === 'code').map((m) => m.name?.replace(/[-－][A-Z]+$/, '')));
        for (const m of mentions.filter((x) => x.via === 'alias')) expect(names.has(m.name)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
