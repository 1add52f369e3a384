import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import type { Block } from './parsed-page';
import { parsePage } from './parse';
import { articleByline, articleTitle, blockText } from './text';
import { pageViolations } from './verify';

const page = parsePage(sample);
const text = (block: Block) => blockText(sample, block);
const byText = (wanted: string) => page.blocks.filter((b) => text(b) === wanted);
const cps = Array.from(sample);

describe('the sample page', () => {
  it('keeps every character, in order, in exactly one block', () => {
    expect(pageViolations(page)).toEqual([]);
  });

  it('has six articles and an advert, with their headlines in order', () => {
    expect(page.articles.map((a) => a.kind)).toEqual(['article', 'article', 'article', 'article', 'article', 'article', 'advert']);
    expect(page.articles.map((a) => articleTitle(sample, a))).toEqual([
      'DeepSeek牽動AI產業價值重估',
      '蛇年開市 中國科技股料造好',
      '美股高處不勝寒',
      '黃金後市看漲 建議逢低吸納',
      '歐高收益債邊際價值優於美債',
      '中國AI產業發展進新里程',
      '恭賀春釐',
    ]);
    for (const article of page.articles.slice(0, 6)) {
      expect(article.headlineIndex).toBe(0);
      expect(article.blocks[0]!.kind).toBe('headline');
    }
  });

  it('gives ids from start offsets, and each single-line block is its source line', () => {
    for (const block of page.blocks) {
      expect(block.id).toBe(`b${block.span.start}`);
      if (block.lines.length === 1) expect(text(block)).toBe(cps.slice(block.span.start, block.span.end).join(''));
    }
    for (const article of page.articles) expect(article.id).toBe(`a${article.blocks[0]!.span.start}`);
  });

  it('finds the kicker under the first headline', () => {
    const first = page.articles[0]!;
    expect(first.blocks[1]!.kind).toBe('kicker');
    expect(text(first.blocks[1]!)).toBe('投資全方位 一點靈犀');
    expect(page.blocks.filter((b) => b.kind === 'kicker')).toHaveLength(1);
  });

  it('finds the bylines, early author names and closing bracketed lines alike', () => {
    expect(page.articles.map((a) => articleByline(sample, a))).toEqual([
      '李靈修',
      undefined,
      '(微博：有容載道)',
      '(作者為彭博環球創富學院創辦人@ppgphk)',
      '(施羅德無約束固定收益投資團隊)',
      '(作者為香港股票分析師協會主席，證監會持牌人士)',
      undefined,
    ]);
    // 李靈修 is preceded by a line holding only a space: still a byline, not a new headline.
    expect(byText('李靈修')[0]!.kind).toBe('byline');
  });

  it('rejoins all nine paragraphs broken by page breaks', () => {
    const breaks: [string, string][] = [
      ['在多個邏輯任務', '（包括數學和編程）'],
      ['即將失效的大', '背景下'],
      ['與OpenAI競爭', '的模型」'],
      ['自稱自', '己的工作'],
      ['剖白他的', '志願'],
      ['千言萬', '語的邏輯'],
      ['利率決', '議，'],
      ['黃金日線', '圖看'],
      ['這一突', '破，'],
    ];
    const joined = page.blocks.filter((b) => b.lines.length > 1);
    expect(joined).toHaveLength(breaks.length);
    for (const [i, [before, after]] of breaks.entries()) {
      const block = joined[i]!;
      expect(block.kind).toBe('paragraph');
      expect(block.lines).toHaveLength(2);
      const [first, second] = block.lines;
      expect(cps.slice(first!.start, first!.end).join('').endsWith(before)).toBe(true);
      expect(cps.slice(second!.start, second!.end).join('').startsWith(after)).toBe(true);
      expect(text(block)).toContain(before + after);
      // Only whitespace lies between the two halves in the source.
      expect(cps.slice(first!.end, second!.start).join('').trim()).toBe('');
    }
  });

  it('reads a short line with a comma as prose, not as a subhead', () => {
    const block = page.blocks.find((b) => text(b).startsWith('還有一句，就是梁文鋒剖白他的'))!;
    expect(block.kind).toBe('paragraph');
  });

  it('keeps the subheads as subheads inside their articles', () => {
    const subheads = ['拆穿美科企估值泡沫', '開源AI難被封殺', '公布大模型 阿里美股大升', '資金流入黃金避險', '聯儲局料續保持利率不動', '對長久期債券要保持謹慎'];
    expect(page.blocks.filter((b) => b.kind === 'subhead').map(text)).toEqual(subheads);
  });

  it('recognises the pull quote that repeats an earlier sentence', () => {
    const captions = page.blocks.filter((b) => b.kind === 'caption');
    expect(captions.map(text)).toEqual(['據創投機構援引OpenAI文件顯示，OpenAI預計到2029財年才可以實現盈利，屆時收入將達到1000億美元。']);
    // …which sits in the same article as the sentence it repeats.
    const article = page.articles.find((a) => a.blocks.includes(captions[0]!))!;
    expect(article.blocks.some((b) => text(b).includes('據創投機構援引OpenAI文件顯示，該公司預計到2029財年'))).toBe(true);
  });

  it('finds the stock-tip box, closing the first article', () => {
    const tips = page.blocks.filter((b) => b.kind === 'stockTip');
    expect(tips.map(text)).toEqual(['心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)']);
    expect(page.articles[0]!.blocks.at(-1)).toBe(tips[0]);
  });

  it('reads the advert as advert blocks only', () => {
    const advert = page.articles[6]!;
    expect(advert.blocks.every((b) => b.kind === 'advert')).toBe(true);
    expect(advert.blocks.map(text)).toContain('電話：二五二二九七九六三');
    expect(page.blocks.filter((b) => b.kind === 'advert')).toHaveLength(advert.blocks.length);
  });

  it('has no paragraph that is headline-shaped', () => {
    for (const block of page.blocks.filter((b) => b.kind === 'paragraph')) {
      expect(text(block).length).toBeGreaterThan(24);
    }
  });
});
