import { describe, expect, it } from 'vitest';
import type { ParsedPage } from './parsed-page';
import { parsePage } from './parse';
import { articleByline, articleTitle, blockText } from './text';
import { pageViolations } from './verify';

const kinds = (page: ParsedPage) => page.articles.map((a) => a.blocks.map((b) => b.kind));
const texts = (page: ParsedPage) => page.blocks.map((b) => blockText(page.source, b));

const SIMPLIFIED = [
  '科技股全线回升 港股收高',
  '',
  '记者 王小明',
  '',
  '本周港股表现强劲，恒指收涨2.3%，科技股领涨。分析师认为，资金回流是主要原因。',
  '',
  '市场情绪改善',
  '',
  '不过，部分投资者仍担心美联储的利率前景，认为短期内市场或',
  '将反复。',
  '',
  '（作者为资深财经评论员）',
  '',
  '东航股价急跌',
  '',
  '东方航空港股跳水大跌6.46%，报2.75港元/股。',
].join('\n');

describe('parsePage on hand-made pages', () => {
  it('reads a Simplified page the same way', () => {
    const page = parsePage(SIMPLIFIED);
    expect(kinds(page)).toEqual([
      ['headline', 'byline', 'paragraph', 'subhead', 'paragraph', 'byline'],
      ['headline', 'paragraph'],
    ]);
    expect(articleByline(SIMPLIFIED, page.articles[0]!)).toBe('记者 王小明');
    expect(texts(page)).toContain('不过，部分投资者仍担心美联储的利率前景，认为短期内市场或将反复。');
    expect(pageViolations(page)).toEqual([]);
  });

  it('reads \\r\\n line ends like \\n, with offsets counting both characters', () => {
    const crlf = SIMPLIFIED.replace(/\n/g, '\r\n');
    const a = parsePage(SIMPLIFIED);
    const b = parsePage(crlf);
    expect(kinds(b)).toEqual(kinds(a));
    expect(texts(b)).toEqual(texts(a));
    // Each earlier line end adds one code point (the \r) to the offsets.
    const line = (s: string, n: number) => s.split(/\r?\n/).slice(0, n).reduce((sum, l) => sum + Array.from(l).length, 0);
    expect(b.blocks[1]!.span.start).toBe(line(SIMPLIFIED, 2) + 2 * 2);
    expect(pageViolations(b)).toEqual([]);
  });

  it('reads a page that is only a headline', () => {
    const page = parsePage('  美股高處不勝寒 \n');
    expect(kinds(page)).toEqual([['headline']]);
    expect(page.articles[0]!.headlineIndex).toBe(0);
    expect(page.blocks[0]!.span).toEqual({ start: 2, end: 9 });
    expect(articleTitle(page.source, page.articles[0]!)).toBe('美股高處不勝寒');
  });

  it('reads nothing from a blank page', () => {
    for (const source of ['', '\n\n', ' \u3000\r\n\t ']) {
      const page = parsePage(source);
      expect(page.blocks).toEqual([]);
      expect(page.articles).toEqual([]);
    }
  });

  it('reads a single 1 MB line without a break as one paragraph', () => {
    const unit = '春節期間，最熱話題當屬DeepSeek𠀋';
    const source = unit.repeat(Math.ceil(1_000_000 / new TextEncoder().encode(unit).length));
    const page = parsePage(source);
    expect(kinds(page)).toEqual([['paragraph']]);
    expect(page.articles[0]!.headlineIndex).toBe(-1);
    expect(page.blocks[0]!.span).toEqual({ start: 0, end: Array.from(source).length });
  });

  it('puts text before the first headline into an article without one', () => {
    const page = parsePage('前言，只有正文。\n\n\n美股高處不勝寒\n\n本週二，港股紅盤高收。');
    expect(page.articles.map((a) => a.headlineIndex)).toEqual([-1, 0]);
  });

  it('starts a new article at a headline set apart by a wider gap, a subhead otherwise', () => {
    const page = parsePage('標題一\n\n正文，第一段。\n\n小標題\n\n正文，第二段。\n\n\n\n標題二\n\n正文，第三段。');
    expect(kinds(page)).toEqual([
      ['headline', 'paragraph', 'subhead', 'paragraph'],
      ['headline', 'paragraph'],
    ]);
  });

  it('takes the ordinary gap from the page: double-spaced pages need a wider one', () => {
    const page = parsePage('標題一\n\n\n正文，第一段。\n\n\n小標題\n\n\n正文，第二段。\n\n\n\n\n標題二\n\n\n正文。');
    expect(page.articles.map((a) => articleTitle(page.source, a))).toEqual(['標題一', '標題二']);
  });

  it('starts a new article after a stock-tip box and after a closing byline', () => {
    const page = parsePage(
      '標題一\n\n正文，內容。\n\n心水股 阿里巴巴 (09988) 小米 (01810)\n\n標題二\n\n正文，內容。\n\n(作者為評論員)\n\n標題三\n\n正文。',
    );
    expect(page.articles.map((a) => articleTitle(page.source, a))).toEqual(['標題一', '標題二', '標題三']);
    expect(page.articles[0]!.blocks.at(-1)!.kind).toBe('stockTip');
  });

  it('reads a web address alone on its line as where the text came from, never as a headline or prose', () => {
    const top = parsePage('# source: https://example.com/news/1\n東航港股暴跌\n\n東方航空港股跳水大跌6.46%。');
    expect(kinds(top)).toEqual([['byline', 'headline', 'paragraph']]);
    expect(articleTitle(top.source, top.articles[0]!)).toBe('東航港股暴跌');
    const untitled = parsePage('# source: https://example.com/news/2\n和電香港(00215.HK)宣布，推出一系列產品，為推動全民 AI 普及化。');
    expect(kinds(untitled)).toEqual([['byline', 'paragraph']]);
    expect(texts(untitled)[1]).toBe('和電香港(00215.HK)宣布，推出一系列產品，為推動全民 AI 普及化。');
    const end = parsePage('標題一\n\n正文，沒有完\n來源：https://example.com/a\n\n標題二\n\n正文。');
    expect(end.articles.map((a) => articleTitle(end.source, a))).toEqual(['標題一', '標題二']);
    expect(kinds(end)[0]).toEqual(['headline', 'paragraph', 'byline']);
    for (const page of [top, untitled, end]) expect(pageViolations(page)).toEqual([]);
  });

  it('does not join a cut paragraph into a closing byline, a stock tip or a subhead', () => {
    const page = parsePage('標題\n\n正文，沒有完\n\n(作者為評論員)\n\n另一篇\n\n正文，也沒有完\n\n小標題\n\n正文。');
    expect(page.blocks.every((b) => b.lines.length === 1)).toBe(true);
    expect(page.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'byline', 'headline', 'paragraph', 'subhead', 'paragraph']);
  });

  it('rejoins a hard-wrapped paragraph, even a short last piece', () => {
    const page = parsePage('標題\n\n這是一段被硬換行的正文，它在這裏\n斷開了\n然後繼續。');
    expect(kinds(page)).toEqual([['headline', 'paragraph']]);
    expect(texts(page)[1]).toBe('這是一段被硬換行的正文，它在這裏斷開了然後繼續。');
  });

  it('splits an advert off the end of an article that has no closing byline', () => {
    const page = parsePage('標題\n\n正文，內容。\n\n恭賀新禧\n\n大華有限公司\n\n電話：2345 6789\n傳真：2345 6790');
    expect(page.articles.map((a) => a.kind)).toEqual(['article', 'advert']);
    expect(page.articles[1]!.blocks.every((b) => b.kind === 'advert')).toBe(true);
    expect(articleTitle(page.source, page.articles[1]!)).toBe('恭賀新禧');
  });

  it('marks a pull quote only when it nearly repeats a sentence of a longer paragraph', () => {
    const source = [
      '標題',
      '',
      '公司上季收入大增。據公司文件顯示，該公司預計到明年才可以實現盈利，屆時收入將達到百億元。市場反應正面。',
      '',
      '據公司文件顯示，這家公司預計到明年才可以實現盈利，屆時收入將達到百億元。',
      '',
      '分析師認為，明年的盈利前景仍然存在很多變數。',
    ].join('\n');
    const page = parsePage(source);
    expect(page.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'caption', 'paragraph']);
  });
});
