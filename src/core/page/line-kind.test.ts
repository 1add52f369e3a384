import { describe, expect, it } from 'vitest';
import { HEADLINE_WIDTH, lineShape, type Shape } from './line-kind';

describe('lineShape', () => {
  it.each<[string, Shape]>([
    ['DeepSeek牽動AI產業價值重估', 'short'],
    ['蛇年開市 中國科技股料造好', 'short'],
    ['中日财经爆|客机坠毁 东航港股和美股暴跌', 'short'],
    ['還有一句，就是梁文鋒剖白他的', 'prose'],
    ['基本上，美聯儲1月利率決', 'prose'],
    ['美股升。', 'prose'],
    ['己的工作只是「給國產大模型大廈多擰幾顆螺絲」而已。', 'prose'],
    ['(作者為香港股票分析師協會主席，證監會持牌人士)', 'bracketed'],
    ['（施羅德無約束固定收益投資團隊）', 'bracketed'],
    ['（包括數學和編程）的表現R1與OpenAI-o1旗鼓相當。', 'prose'],
    ['(甲)乙丙', 'short'],
    ['心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)', 'stockTip'],
    ['騰訊（７００） 阿里（９９８８）', 'stockTip'],
    ['吉祥航空（603885.SH）跌2.27%、南方航空（600029.SH）', 'prose'],
    ['電話：二五二二九七九六三', 'contact'],
    ['Tel: 2522 9796', 'contact'],
    ['电话 8888 1234', 'contact'],
    ['電話會議', 'short'],
    ['電話一事', 'short'],
    ['電郵：info@example.com', 'contact'],
    ['# source: https://gnews.org/zh-hans/2207773/', 'source'],
    ['# source: https://www.aastocks.com/tc/stocks/news/aafn-con/now.1529449/top-news/aafn', 'source'],
    ['來源：https://www.hkej.com/a/1', 'source'],
    ['原文網址: www.example.com/news/1', 'source'],
    ['https://example.com', 'source'],
    ['網址：www.example.com', 'contact'], // an advert's website line
    ['***', 'other'],
    ['2025', 'other'],
  ])('%s → %s', (text, shape) => {
    expect(lineShape(text).shape).toBe(shape);
  });

  it('measures width in ideographs, Latin counting half', () => {
    expect(lineShape('漢'.repeat(HEADLINE_WIDTH)).shape).toBe('short');
    expect(lineShape('漢'.repeat(HEADLINE_WIDTH + 1)).shape).toBe('prose');
    expect(lineShape('A'.repeat(HEADLINE_WIDTH * 2)).shape).toBe('short');
    expect(lineShape('A'.repeat(HEADLINE_WIDTH * 2 + 2)).shape).toBe('prose');
  });

  it.each([
    ['李靈修', true],
    ['記者 王小明', true],
    ['记者：王小明', true],
    ['文：陳大文', true],
    ['艾力·買買提', true],
    ['歐陽大文', true],
    ['黃金大漲', false],
    ['記者 黃金大漲', true],
    ['美股高處不勝寒', false],
    ['恭賀春釐', false],
    ['小標題', false],
    ['DeepSeek', false],
    ['李', false],
  ])('%s reads as an author name: %s', (text, author) => {
    expect(lineShape(text).author).toBe(author);
  });

  it('knows whether a line ends like a finished sentence', () => {
    expect(lineShape('在多個邏輯任務').open).toBe(true);
    expect(lineShape('的強勁對手。」').open).toBe(false);
    expect(lineShape('(微博：有容載道)').open).toBe(false);
    expect(lineShape('何等遠大理念啊！').open).toBe(false);
  });

  it('does not count digit-grouping commas as sentence punctuation', () => {
    expect(lineShape('恒指收報20,225點').punctuated).toBe(false);
    expect(lineShape('Apple, Google rise').punctuated).toBe(true);
  });
});
