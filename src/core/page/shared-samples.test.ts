import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from './parse';
import { articleTitle, blockText } from './text';
import { pageViolations } from './verify';

const SHARED = path.resolve(__dirname, '../../../../shared');
const present = fs.existsSync(SHARED);
if (!present) console.warn(`Skipping the shared sample pages: ${SHARED} is absent.`);

/** A shared sample's page: its first line names its source, the page starts on line 2. */
function readSample(name: string): string {
  const raw = fs.readFileSync(path.join(SHARED, 'samples', name), 'utf8');
  return raw.slice(raw.indexOf('\n') + 1);
}

describe.skipIf(!present)('pages from elsewhere (../shared/samples)', () => {
  it('reads the AASTOCKS item as one article of paragraphs with no headline', () => {
    const source = readSample('aastocks-00215-hant.txt');
    const page = parsePage(source);
    expect(pageViolations(page)).toEqual([]);
    expect(page.articles).toHaveLength(1);
    const [article] = page.articles;
    expect(article!.headlineIndex).toBe(-1);
    expect(article!.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    // Every non-blank line of the page is its own paragraph: none was cut mid-sentence.
    expect(page.blocks).toHaveLength(source.split('\n').filter((l) => l.trim()).length);
    expect(page.blocks.every((b) => b.lines.length === 1)).toBe(true);
  });

  it('reads the Simplified China Eastern brief as one article under its headline', () => {
    const source = readSample('china-eastern-hans.txt');
    const page = parsePage(source);
    expect(pageViolations(page)).toEqual([]);
    expect(page.articles).toHaveLength(1);
    const [article] = page.articles;
    expect(articleTitle(source, article!)).toBe(source.split('\n')[0]!.trim());
    expect(article!.blocks.slice(1).every((b) => b.kind === 'paragraph')).toBe(true);
    // The closing line with three A-share codes is prose, not a stock-tip box.
    expect(blockText(source, article!.blocks.at(-1)!)).toContain('（603885.SH）');
  });

  it('reads each file whole, its source line included, as the same article with the line as a byline', () => {
    for (const name of ['aastocks-00215-hant.txt', 'china-eastern-hans.txt']) {
      const whole = fs.readFileSync(path.join(SHARED, 'samples', name), 'utf8');
      const page = parsePage(whole);
      const bare = parsePage(readSample(name));
      expect(pageViolations(page)).toEqual([]);
      expect(page.articles).toHaveLength(1);
      const [first, ...rest] = page.articles[0]!.blocks;
      expect(first!.kind).toBe('byline');
      expect(blockText(whole, first!)).toBe(whole.split('\n')[0]);
      expect(articleTitle(whole, page.articles[0]!)).toBe(articleTitle(bare.source, bare.articles[0]!));
      expect(rest.map((b) => [b.kind, blockText(whole, b)])).toEqual(bare.blocks.map((b) => [b.kind, blockText(bare.source, b)]));
    }
  });
});
