import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../core/highlights';
import type { StoredPage } from '../../store/library';
import { itemsElsewhere } from './notebook-items';

const source = '騰訊（00700）收報512元。\n\n阿里巴巴（09988）收報90元。';
const page = (id: string, text = source): StoredPage => ({ id, title: id, source: text, addedAt: 0 });
const highlight = (id: string, pageId: string, createdAt: number, exact = '騰訊（00700）'): Highlight => {
  const start = source.indexOf(exact);
  return { id, pageId, colour: 'yellow', note: '', selector: { start, end: start + [...exact].length, exact, prefix: '', suffix: '' }, createdAt, editedAt: createdAt };
};

describe('the notebook’s items from other pages', () => {
  const library = [page('a'), page('b'), page('open')];
  const all = { h1: highlight('h1', 'a', 1), h2: highlight('h2', 'b', 2, '阿里巴巴（09988）'), h3: highlight('h3', 'open', 3) };

  it('lists other pages’ highlights, newest first, with their stocks', () => {
    const items = itemsElsewhere(all, library, 'open');
    expect(items.map((i) => i.highlight.id)).toEqual(['h2', 'h1']);
    expect([...items[0]!.stocks.keys()]).toEqual(['HK:09988']);
    expect(items.every((i) => !i.orphaned)).toBe(true);
  });

  it('remakes only the item whose highlight changed (a note typed), keeping the others as they were', () => {
    const before = itemsElsewhere(all, library, 'open');
    const edited = { ...all, h1: { ...all.h1, note: '長線' } };
    const after = itemsElsewhere(edited, library, 'open');
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.highlight.note).toBe('長線');
  });

  it('remakes a page’s items when the page itself changes (its text replaced)', () => {
    const before = itemsElsewhere(all, library, 'open');
    const replaced = [page('a', '另一段文字'), library[1]!, library[2]!];
    const after = itemsElsewhere(all, replaced, 'open');
    expect(after[0]).toBe(before[0]);
    expect(after[1]!.orphaned).toBe(true);
  });
});
