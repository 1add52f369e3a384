import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { applyCorrections, type Correction } from './corrections';
import { parsePage } from './parse';
import { articleTitle, blockText } from './text';
import { pageViolations } from './verify';

const page = parsePage(sample);
const blockNamed = (wanted: string) => page.blocks.find((b) => blockText(sample, b) === wanted)!;
const titles = (p = page) => p.articles.map((a) => articleTitle(sample, a));
const grouping = (p = page) => p.articles.map((a) => ({ id: a.id, blocks: a.blocks.map((b) => b.id) }));

describe('applyCorrections', () => {
  it('returns the page itself when there is nothing to apply', () => {
    expect(applyCorrections(page, [])).toBe(page);
  });

  it('splits at a subhead: it heads a new article whose id is `a` + its start', () => {
    const subhead = blockNamed('拆穿美科企估值泡沫');
    const split = applyCorrections(page, [{ kind: 'split', blockId: subhead.id }]);
    expect(split.articles).toHaveLength(page.articles.length + 1);
    const created = split.articles[1]!;
    expect(created.id).toBe(`a${subhead.span.start}`);
    expect(created.blocks[0]).toBe(subhead);
    expect(created.headlineIndex).toBe(0);
    expect(created.blocks[0]!.kind).toBe('subhead');
    expect(articleTitle(sample, created)).toBe('拆穿美科企估值泡沫');
    // The first half keeps its id, headline and byline; the blocks themselves are untouched.
    expect(split.articles[0]!.id).toBe(page.articles[0]!.id);
    expect(articleTitle(sample, split.articles[0]!)).toBe('DeepSeek牽動AI產業價值重估');
    expect(split.blocks).toBe(page.blocks);
    expect(pageViolations(split)).toEqual([]);
  });

  it('merges an article into the one before it, keeping the earlier id and headline', () => {
    const second = page.articles[1]!;
    const merged = applyCorrections(page, [{ kind: 'merge', articleId: second.id }]);
    expect(merged.articles).toHaveLength(page.articles.length - 1);
    expect(merged.articles[0]!.id).toBe(page.articles[0]!.id);
    expect(merged.articles[0]!.blocks).toEqual([...page.articles[0]!.blocks, ...second.blocks]);
    expect(titles(merged)).toEqual([titles()[0], ...titles().slice(2)]);
    expect(pageViolations(merged)).toEqual([]);
  });

  it('undoes a split with a merge of the new article, and a merge with a split at its old first block', () => {
    const subhead = blockNamed('公布大模型 阿里美股大升');
    const roundTrip = applyCorrections(page, [
      { kind: 'split', blockId: subhead.id },
      { kind: 'merge', articleId: `a${subhead.span.start}` },
    ]);
    expect(grouping(roundTrip)).toEqual(grouping());

    const third = page.articles[2]!;
    const back = applyCorrections(page, [
      { kind: 'merge', articleId: third.id },
      { kind: 'split', blockId: third.blocks[0]!.id },
    ]);
    expect(grouping(back)).toEqual(grouping());
    expect(titles(back)).toEqual(titles());
  });

  it('makes an article of advert and prose an ordinary article', () => {
    const advert = page.articles[6]!;
    const merged = applyCorrections(page, [{ kind: 'merge', articleId: advert.id }]);
    expect(merged.articles.at(-1)!.kind).toBe('article');
  });

  it('ignores corrections that no longer apply', () => {
    const stale: Correction[] = [
      { kind: 'merge', articleId: page.articles[0]!.id },
      { kind: 'merge', articleId: 'a999999' },
      { kind: 'split', blockId: 'b999999' },
      { kind: 'split', blockId: page.articles[3]!.blocks[0]!.id },
    ];
    const result = applyCorrections(page, stale);
    expect(grouping(result)).toEqual(grouping());
    // Merging the same article twice folds it once; the second names an id that is gone.
    const id = page.articles[4]!.id;
    const twice = applyCorrections(page, [
      { kind: 'merge', articleId: id },
      { kind: 'merge', articleId: id },
    ]);
    expect(twice.articles).toHaveLength(page.articles.length - 1);
  });

  it('keeps a headline when merging into an article that had none', () => {
    const source = '前言沒有標題，只有正文。\n\n\n美股高處不勝寒\n\n本週二，港股紅盤高收。';
    const p = parsePage(source);
    expect(p.articles.map((a) => a.headlineIndex)).toEqual([-1, 0]);
    const merged = applyCorrections(p, [{ kind: 'merge', articleId: p.articles[1]!.id }]);
    expect(articleTitle(source, merged.articles[0]!)).toBe('美股高處不勝寒');
  });
});
