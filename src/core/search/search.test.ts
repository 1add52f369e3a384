import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { codePointMap, sliceCodePoints } from '../text/code-points';
import { buildSearchIndex } from './build-index';
import { search } from './search';
import type { SearchDoc } from './docs-and-hits';
import { docsFromPage } from './testing/docs-from-page';

const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const identity = (s: string) => s;

/** How many sentences (cut at 。！？ and line ends, as snippets are) say `term`, in any case. */
function sentencesSaying(text: string, term: string): number {
  return text.split(/[。！？\r\n]/).filter((sentence) => sentence.toLowerCase().includes(term.toLowerCase())).length;
}

const doc = (text: string, over: Partial<SearchDoc> = {}): SearchDoc => ({
  pageId: 'p1',
  articleId: 'a0',
  blockId: 'b0',
  text,
  sourceStart: 0,
  ...over,
});

describe('search: either script', () => {
  const index = buildSearchIndex(
    [
      doc('港股收市。騰訊控股（00700）今日公布業績，收入增長。', { blockId: 'b0' }),
      doc('腾讯控股（00700）今日公布业绩。', { pageId: 'p2', blockId: 'b9', sourceStart: 100 }),
    ],
    hk2cn,
  );

  it.each<[string, string[]]>([
    ['腾讯', ['騰訊', '腾讯']],
    ['騰訊', ['騰訊', '腾讯']],
    ['公布業績', ['公布業績', '公布业绩']],
    ['  騰訊控股 ', ['騰訊控股', '腾讯控股']],
  ])('%s', (query, matches) => {
    expect(search(index, query).map((h) => h.snippet.match)).toEqual(matches);
  });

  it('shows the sentence in the script of the page, match highlighted', () => {
    const [hant, hans] = search(index, '腾讯');
    expect(hant?.snippet).toEqual({ before: '', match: '騰訊', after: '控股（00700）今日公布業績，收入增長。' });
    expect(hans?.snippet).toEqual({ before: '', match: '腾讯', after: '控股（00700）今日公布业绩。' });
  });

  it('gives spans in the page source, with page, article and block', () => {
    const [first, second] = search(index, '騰訊');
    expect(first).toMatchObject({ pageId: 'p1', articleId: 'a0', blockId: 'b0', span: { start: 5, end: 7 } });
    expect(second).toMatchObject({ pageId: 'p2', blockId: 'b9', span: { start: 100, end: 102 } });
  });
});

describe('search: case, width and whitespace', () => {
  const index = buildSearchIndex([doc('OpenAI估值3000億美元。ＯｐｅｎＡＩ稱（ａｐｉ）'), doc('no match here')], hk2cn);

  it.each<[string, string[]]>([
    ['openai', ['OpenAI', 'ＯｐｅｎＡＩ']],
    ['OPENAI', ['OpenAI', 'ＯｐｅｎＡＩ']],
    ['ｏｐｅｎａｉ', ['OpenAI', 'ＯｐｅｎＡＩ']],
    ['３０００', ['3000']],
    ['3000亿', ['3000億']],
    ['(API)', ['（ａｐｉ）']],
    ['\u3000 3000 \n', ['3000']],
    ['', []],
    ['   ', []],
    ['騰訊', []],
  ])('%j', (query, matches) => {
    expect(search(index, query).map((h) => h.snippet.match)).toEqual(matches);
  });
});

describe('search: snippets', () => {
  const index = buildSearchIndex([doc('第一句。騰訊業績好！「第三句騰訊？」之後'), doc(`${'長'.repeat(100)}騰訊${'長'.repeat(100)}`)], identity);

  it('cuts the sentence at 。！？ and keeps closing quotes', () => {
    expect(search(index, '騰訊').slice(0, 2).map((h) => h.snippet)).toEqual([
      { before: '', match: '騰訊', after: '業績好！' },
      { before: '「第三句', match: '騰訊', after: '？」' },
    ]);
  });

  it('cuts a long sentence to 60 code points each side, marked …', () => {
    const hit = search(index, '騰訊')[2];
    expect(hit?.snippet).toEqual({ before: `…${'長'.repeat(60)}`, match: '騰訊', after: `${'長'.repeat(60)}…` });
  });
});

describe('search: offsets', () => {
  it('counts an astral character before the match as one code point', () => {
    const index = buildSearchIndex([doc('𠀋𠀋騰訊。𠀋', { sourceStart: 10 })], identity);
    expect(search(index, '騰訊')[0]?.span).toEqual({ start: 12, end: 14 });
    expect(search(index, '𠀋')[1]?.span).toEqual({ start: 15, end: 16 });
  });

  it('never matches half of a surrogate pair', () => {
    const index = buildSearchIndex([doc('\uD840\uDC0B')], identity);
    expect(search(index, '\uDC0B')).toEqual([]);
  });

  it('maps every hit on the sample page back to the matched text', () => {
    const index = buildSearchIndex(docsFromPage('p', sample), hk2cn);
    const map = codePointMap(sample);
    const hits = search(index, 'deepseek', { limit: Infinity });
    expect(hits.length).toBe(sentencesSaying(sample, 'DeepSeek'));
    for (const hit of hits) expect(sliceCodePoints(sample, map, hit.span.start, hit.span.end)).toBe('DeepSeek');
  });
});

describe('search: extra terms, order and limit', () => {
  const index = buildSearchIndex(
    [doc('騰訊控股（00700）升。'), doc('騰訊跌。', { pageId: 'p2' }), doc('０７００ 與 00700', { pageId: 'p3' })],
    hk2cn,
  );

  it('finds the extra terms alongside the query, in doc order', () => {
    const hits = search(index, '00700', { extraTerms: ['腾讯控股', '騰訊'] });
    expect(hits.map((h) => [h.pageId, h.snippet.match])).toEqual([
      ['p1', '騰訊控股'],
      ['p2', '騰訊'],
      ['p3', '00700'],
    ]);
  });

  it('lists a sentence once, at its first match, however often it says the terms', () => {
    const twice = buildSearchIndex([doc('騰訊（00700）公布業績，騰訊控股0700.HK股價升3%。騰訊再創新高。', { sourceStart: 40 })], hk2cn);
    const hits = search(twice, '700', { extraTerms: ['00700', '0700', '騰訊'] });
    expect(hits.map((h) => [h.span.start, h.snippet.match])).toEqual([
      [40, '騰訊'],
      [71, '騰訊'],
    ]);
    expect(hits[0]?.snippet.after).toBe('（00700）公布業績，騰訊控股0700.HK股價升3%。');
  });

  it('stops at the limit', () => {
    expect(search(index, '騰訊', { limit: 1 })).toHaveLength(1);
    expect(search(index, '騰訊', { limit: 0 })).toEqual([]);
  });
});

describe('search: a fold that changes length', () => {
  it('keeps offsets right when the folder is not length-preserving', () => {
    const lengthening = (s: string) => s.replaceAll('乾', 'gan').replaceAll('騰', '腾');
    const index = buildSearchIndex([doc('乾隆年間，騰訊。')], lengthening);
    const [hit] = search(index, '腾訊');
    expect(hit?.span).toEqual({ start: 5, end: 7 });
    expect(hit?.snippet.match).toBe('騰訊');
    expect(search(index, '乾隆')[0]?.span).toEqual({ start: 0, end: 2 });
  });
});

describe('search: a library of 200 pages', () => {
  const docs = Array.from({ length: 200 }, (_, i) => docsFromPage(`page${i}`, sample)).flat();
  const index = buildSearchIndex(docs, hk2cn);
  const perPage = sentencesSaying(sample, '開源大模型');

  it('finds the term on every page, in either script', () => {
    expect(perPage).toBeGreaterThan(0);
    for (const query of ['開源大模型', '开源大模型']) {
      const hits = search(index, query, { limit: Infinity });
      expect(hits).toHaveLength(200 * perPage);
      expect(new Set(hits.map((h) => h.pageId)).size).toBe(200);
      expect(hits.every((h) => h.snippet.match === '開源大模型')).toBe(true);
    }
  });

  it('returns the first 500 by default', () => {
    expect(search(index, 'OpenAI')).toHaveLength(500);
    expect(search(index, 'OpenAI')[0]?.pageId).toBe('page0');
  });
});
