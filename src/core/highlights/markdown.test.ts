import { describe, expect, it } from 'vitest';
import { parsePage } from '../page';
import { describeSpan, type Highlight } from './highlight';
import { copiedHighlight, escapeMarkdown, highlightLink, highlightsMarkdown, type ExportWords } from './markdown';

const SOURCE = ['港股收市評論', '', '恒指收市報20,000點，騰訊（00700）升2%。大市成交1000億元。'].join('\n');
const WORDS: ExportWords = { heading: '重點與筆記', note: '筆記：', context: '上下文：', source: '原文', orphaned: '（原文已找不到）' };
const DAY = Date.UTC(2026, 11, 3);

function highlight(id: string, exact: string, note = ''): Highlight {
  const unit = SOURCE.indexOf(exact);
  return { id, pageId: 'p1', colour: 'green', note, selector: describeSpan(SOURCE, { start: unit, end: unit + exact.length }), createdAt: DAY, editedAt: DAY };
}

describe('highlightsMarkdown', () => {
  const page = parsePage(SOURCE);
  const article = page.articles[0]!.id;
  const exported = (highlights: Highlight[], display: (s: string) => string = (s) => s) =>
    highlightsMarkdown([{ pageId: 'p1', title: '投資全方位', date: '2026-12-03', source: SOURCE, articles: page.articles, highlights }], display, WORDS);

  it('a page: its title and date, each quote with its sentence, note and link back', () => {
    expect(exported([highlight('h1', '騰訊（00700）升2%', '看好\n長線')])).toBe(
      [
        '# 重點與筆記',
        '',
        '## 投資全方位 · 2026-12-03',
        '',
        '> 騰訊（00700）升2%',
        '>',
        '> 上下文：恒指收市報20,000點，騰訊（00700）升2%。',
        '',
        '筆記：看好  \n長線',
        '',
        `[原文](#/p1/${article}?h=h1) · 2026-12-03`,
        '',
      ].join('\n'),
    );
  });

  it('in the script the reader chose: quote, sentence and title go through the display conversion', () => {
    const md = exported([highlight('h1', '騰訊', '騰訊的筆記')], (s) => s.replace(/騰訊/g, '腾讯').replace('投資', '投资'));
    expect(md).toContain('## 投资全方位');
    expect(md).toContain('> 腾讯\n');
    expect(md).toContain('上下文：恒指收市報20,000點，腾讯');
    // The reader's note is their own words, as written.
    expect(md).toContain('筆記：騰訊的筆記');
    expect(md.replace('騰訊的筆記', '')).not.toContain('騰訊');
  });

  it('an orphaned highlight is listed as orphaned, with no link; a page without highlights is left out', () => {
    const orphan = { ...highlight('h2', '騰訊'), selector: { start: 0, end: 2, exact: '阿里', prefix: '', suffix: '' } };
    const md = exported([orphan]);
    expect(md).toContain('> 阿里\n\n（原文已找不到） · 2026-12-03');
    expect(md).not.toContain('?h=h2');
    expect(exported([])).toBe('# 重點與筆記\n');
  });

  it('escapes Markdown in page text', () => {
    expect(escapeMarkdown('*重要* [連結](x) <b>')).toBe('\\*重要\\* \\[連結\\](x) \\<b\\>');
  });

  it('links and copies', () => {
    expect(highlightLink('sample', 'a120', 'h1')).toBe('#/sample/a120?h=h1');
    expect(copiedHighlight('騰訊升2%', '投資全方位 · 2026-12-03')).toBe('「騰訊升2%」\n—— 投資全方位 · 2026-12-03');
  });
});
