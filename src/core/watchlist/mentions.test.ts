import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCorrections, parsePage } from '../page';
import { findStockMentions } from '../stocks';
import { articleAt, indexMentions } from './mentions';

const source = readFileSync(new URL('../sample/sample-page.txt', import.meta.url), 'utf8');

describe('the library’s mentions of a stock', () => {
  const page = parsePage(source);
  const stocks = findStockMentions(source);

  it('lists every mention with its article, headline and sentence, aliases included', () => {
    const index = indexMentions([{ pageId: 'sample', page, script: 'hant', stocks }]);
    const alibaba = index.get('HK:09988')!;
    expect(alibaba.map((m) => m.articleTitle)).toEqual(['DeepSeek牽動AI產業價值重估', '蛇年開市 中國科技股料造好', '蛇年開市 中國科技股料造好']);
    expect(alibaba[0]!.sentence.text).toBe('心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)');
    for (const m of alibaba) {
      const article = page.articles.find((a) => a.id === m.articleId)!;
      expect(article.span.start <= m.at && m.at < article.span.end).toBe(true);
      expect([...m.sentence.text].slice(m.sentence.mark.start, m.sentence.mark.end).join('')).toMatch(/^阿里巴巴( \(09988\))?$/);
    }
    expect(alibaba[2]!.sentence.text).toMatch(/^阿里巴巴因公布新模型而在美國華爾街大升/);
    expect(index.get('HK:00700')).toHaveLength(1);
  });

  it('uses the reader’s corrected articles, so a jump opens the article the reader sees', () => {
    const second = page.articles[1]!;
    const subhead = second.blocks.find((b) => b.kind === 'subhead')!;
    const corrected = applyCorrections(page, [{ kind: 'split', blockId: subhead.id }]);
    const index = indexMentions([{ pageId: 'sample', page: corrected, script: 'hant', stocks }]);
    const last = index.get('HK:09988')!.at(-1)!;
    expect(last.articleId).toBe(articleAt(corrected.articles, last.at)!.id);
    expect(corrected.articles.some((a) => a.id === last.articleId)).toBe(true);
  });

  it('keeps pages apart', () => {
    const index = indexMentions([
      { pageId: 'one', page, script: 'hant', stocks },
      { pageId: 'two', page, script: 'hant', stocks },
    ]);
    expect(index.get('HK:00700')!.map((m) => m.pageId)).toEqual(['one', 'two']);
  });
});
