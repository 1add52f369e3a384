import { codePointMap } from '../text/code-points';
import type { Article } from '../page/parsed-page';
import { placeHighlights, sentenceOf } from './place';
import type { Highlight } from './highlight';

/** A page's highlights to export, with what names the page. */
export interface ExportedPage {
  readonly pageId: string;
  readonly title: string;
  /** The page's date, YYYY-MM-DD, if known. */
  readonly date: string | undefined;
  readonly source: string;
  /** The page's articles as corrected, for the links back. */
  readonly articles: readonly Article[];
  readonly highlights: readonly Highlight[];
}

/** The few words the export says, in the reader's script. */
export interface ExportWords {
  readonly heading: string;
  readonly note: string;
  readonly context: string;
  readonly source: string;
  readonly orphaned: string;
}

/** A page's original text shown in the reader's chosen script (each page is converted from its own script). */
export type Display = (original: string, pageId: string) => string;

/**
 * The reader's highlights as Markdown: for each page, its title and date; for each highlight (in
 * page order, orphans last) the quote as a block quote, the sentence around it when the highlight
 * is shorter, the note, and a link back (`#/<page>/<article>?h=<id>`) that opens the passage. All
 * page text is shown through `display`, so the file is in the script the reader chose; notes are
 * the reader's own words, kept as written. Markdown's own characters are escaped.
 *
 * @example
 * highlightsMarkdown([page], (s) => s, words) // '# 重點與筆記\n\n## 投資全方位 · 2025-01-02\n\n> 恒指收市報20,000點\n…'
 */
export function highlightsMarkdown(pages: readonly ExportedPage[], display: Display, words: ExportWords): string {
  const out: string[] = [`# ${words.heading}`, ''];
  for (const page of pages) {
    if (page.highlights.length === 0) continue;
    const shown = (text: string) => display(text, page.pageId);
    out.push(`## ${escapeMarkdown(shown(page.title))}${page.date ? ` · ${page.date}` : ''}`, '');
    const map = codePointMap(page.source);
    for (const placed of placeHighlights(page.source, page.articles, page.highlights)) {
      const { highlight, found } = placed;
      out.push(quote(shown(highlight.selector.exact)));
      const sentence = found.ok ? sentenceOf(page.source, found.data.span, map) : undefined;
      if (sentence) out.push('>', quote(`${words.context}${shown(sentence)}`));
      out.push('');
      if (highlight.note.trim()) out.push(`${words.note}${escapeMarkdown(highlight.note.trim()).replace(/\n/g, '  \n')}`, '');
      if (found.ok) {
        const link = highlightLink(page.pageId, placed.articleId, highlight.id);
        out.push(`[${words.source}](${link}) · ${day(highlight.createdAt)}`, '');
      } else {
        out.push(`${words.orphaned} · ${day(highlight.createdAt)}`, '');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The address that opens a highlight's passage. */
export function highlightLink(pageId: string, articleId: string | undefined, id: string): string {
  return `#/${encodeURIComponent(pageId)}${articleId ? `/${encodeURIComponent(articleId)}` : ''}?h=${encodeURIComponent(id)}`;
}

/** What a copied highlight says: the quote, then where it comes from. */
export function copiedHighlight(quoteText: string, sourceLine: string): string {
  return `「${quoteText}」\n—— ${sourceLine}`;
}

function quote(text: string): string {
  return escapeMarkdown(text)
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

/** Markdown's own characters escaped, so page text reads as text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
