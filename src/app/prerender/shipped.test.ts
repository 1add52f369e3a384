import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePage } from '../../core/page';
import { annotatePage } from '../../core/annotate';
import { detectScript } from '../../core/script/detect-script';
import sample from '../../core/sample/sample-page.txt?raw';
import { analysisElement, fingerprint, readShipped } from './shipped';

/**
 * The element's text as the HTML parser reads it: a script element's content is raw text, up to
 * the first `</script`, whatever it holds; and nothing in it may start another tag.
 */
function received(element: string): string {
  const content = /^<script type="application\/json" id="broadsheet-analysis">([\s\S]*?)<\/script/i.exec(element)![1]!;
  expect(element.replace(content, '')).toMatch(/^<script[^>]*><\/script>$/);
  expect(content).not.toContain('<');
  return content;
}

const shipped = (source: string) => {
  const page = parsePage(source);
  return { page, sourceScript: detectScript(source), annotations: annotatePage(page) };
};

describe('the analysis the first response carries', () => {
  it('reads back as the build made it, for the text it was made of: the parse too, each block one object in the page and its article', () => {
    const made = shipped(sample);
    const read = readShipped(received(analysisElement(made)), sample)!;
    expect(read).toStrictEqual(made);
    expect(read.page.blocks.every((b) => read.page.articles.some((a) => a.blocks.includes(b)))).toBe(true);
  });

  it('reads back the parse of any text as the parser makes it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', '　', '騰訊 (00700)', '升2.3%', '（完）', '標題'), fc.string()), { maxLength: 30 }), (parts) => {
        const source = parts.join('');
        expect(readShipped(received(analysisElement(shipped(source))), source)?.page).toStrictEqual(parsePage(source));
      }),
      { numRuns: 60 },
    );
  });

  it('is nothing for another text, even one character apart', () => {
    const made = shipped(sample);
    const element = received(analysisElement(made));
    expect(readShipped(element, sample.replace('億', '亿'))).toBeUndefined();
    expect(readShipped(element, sample.slice(1))).toBeUndefined();
  });

  it('carries no text of a page as markup: a page that writes a closing tag stays text', () => {
    const source = '標題\n\n</script><img src=x onerror=alert(1)> 騰訊 (00700) 升2.3%';
    const made = shipped(source);
    expect(made.annotations.figures.length + made.annotations.stocks.length).toBeGreaterThan(0);
    expect(readShipped(received(analysisElement(made)), source)).toStrictEqual(made);
  });

  it('is absent, or unreadable, as nothing', () => {
    expect(readShipped(undefined, sample)).toBeUndefined();
    expect(readShipped('', sample)).toBeUndefined();
    expect(readShipped('{"fingerprint":', sample)).toBeUndefined();
  });

  it('tells a text from the same text with one character changed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (text, at, shift) => {
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + shift) % 0x10000) + text.slice(i + 1);
        expect(fingerprint(changed)).not.toBe(fingerprint(text));
      }),
    );
  });
});
