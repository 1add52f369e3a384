import { describe, expect, it } from 'vitest';
import { parsePage } from './parse';
import { articleByline, articleLead, articleName, articleTitle, blockSegments, blockText } from './text';

/** Source text between two code-point offsets, computed without the module under test. */
const cpSlice = (source: string, start: number, end: number) => Array.from(source).slice(start, end).join('');

describe('blockSegments', () => {
  it('gives each line its own text and source offset, astral characters counting once', () => {
    const source = '𠀋標題\n\n𠀋正文，未完的\n\n\n句子。';
    const page = parsePage(source);
    const para = page.blocks[1]!;
    const segments = blockSegments(source, para);
    expect(segments).toHaveLength(2);
    for (const [i, seg] of segments.entries()) {
      const line = para.lines[i]!;
      expect(seg.sourceStart).toBe(line.start);
      expect(seg.text).toBe(cpSlice(source, line.start, line.end));
    }
    expect(segments[0]!.sourceStart).toBe(5);
  });

  it('marks a space only where Latin letters or digits meet', () => {
    const source = '這個團隊，由Sam\n\nAltman領導，使用Gemini 2.0\n\n模型，收入達到1000\n\n2000億元。';
    const page = parsePage(source);
    expect(page.blocks).toHaveLength(1);
    expect(blockSegments(source, page.blocks[0]!).map((s) => s.joiner)).toEqual(['', ' ', '', ' ']);
  });

  it('marks a space where digits of either width meet', () => {
    const source = '０９：４５　港交所首三季純利按年增３１％，美元兌人民幣報7.1420\n１０：３０　三星電子升２．５％，半日收報６２，３００韓圜';
    const page = parsePage(source);
    expect(page.blocks).toHaveLength(1);
    expect(blockSegments(source, page.blocks[0]!).map((s) => s.joiner)).toEqual(['', ' ']);
  });
});

describe('blockText', () => {
  it('reads a rejoined paragraph straight through', () => {
    const source = '然而，在多個邏輯任務\n\n\n\n（包括數學和編程）的表現相當。';
    const page = parsePage(source);
    expect(blockText(source, page.blocks[0]!)).toBe('然而，在多個邏輯任務（包括數學和編程）的表現相當。');
  });

  it('equals the segments joined by their joiners', () => {
    const source = '這個團隊，由Sam\n\nAltman領導，使用Gemini\n2.0模型，收入增加。';
    const [block] = parsePage(source).blocks;
    const expected = blockSegments(source, block!).map((s) => s.joiner + s.text).join('');
    expect(blockText(source, block!)).toBe(expected);
    expect(expected).toBe('這個團隊，由Sam Altman領導，使用Gemini 2.0模型，收入增加。');
  });

  it('is right for whichever source it is given, alternating between pages', () => {
    const a = '𠀋𠀋甲\n\n乙丙，丁。';
    const b = '甲甲甲\n\n乙丙，丁。';
    const pa = parsePage(a);
    const pb = parsePage(b);
    for (let i = 0; i < 3; i++) {
      expect(blockText(a, pa.blocks[1]!)).toBe('乙丙，丁。');
      expect(blockText(b, pb.blocks[1]!)).toBe('乙丙，丁。');
    }
  });
});

describe('articleTitle / articleByline', () => {
  it('read the headline and the first byline', () => {
    const source = '港股全線回升\n\n記者 王小明\n\n本周港股表現強勁，恒指收漲。\n\n(作者為財經評論員)';
    const page = parsePage(source);
    const [article] = page.articles;
    expect(articleTitle(source, article!)).toBe('港股全線回升');
    expect(articleByline(source, article!)).toBe('記者 王小明');
  });

  it("return '' and undefined when there is neither", () => {
    const source = '本周港股表現強勁，恒指收漲。';
    const [article] = parsePage(source).articles;
    expect(articleTitle(source, article!)).toBe('');
    expect(articleByline(source, article!)).toBeUndefined();
  });
});

describe('articleLead', () => {
  it('names an article without a headline by its opening words, to the first clause’s end', () => {
    const source = '和電香港(00215.HK)宣布，為推動全民 AI 普及化，將推出一系列產品及服務。';
    const [article] = parsePage(source).articles;
    expect(articleTitle(source, article!)).toBe('');
    expect(articleLead(source, article!)).toBe('和電香港(00215.HK)宣布…');
    expect(articleName(source, article!)).toBe('和電香港(00215.HK)宣布…');
  });

  it('cuts a long first clause at 18 characters', () => {
    const source = '本周港股在多項利好消息帶動下表現強勁並且全線回升。';
    const [article] = parsePage(source).articles;
    expect(articleLead(source, article!)).toBe('本周港股在多項利好消息帶動下表現強勁…');
  });

  it('is empty for an article that has a headline', () => {
    const source = '港股全線回升\n\n本周港股表現強勁，恒指收漲。';
    const [article] = parsePage(source).articles;
    expect(articleLead(source, article!)).toBe('');
    expect(articleName(source, article!)).toBe('港股全線回升');
  });
});
