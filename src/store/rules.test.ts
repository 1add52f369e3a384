import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { useLibrary, whenHydrated } = await import('./library');
const { useChartChoices } = await import('./chart-choices');
const { useHighlights } = await import('./highlights');
const { deletePage, replacePageText, restorePage } = await import('./rules');
const { describeSpan } = await import('../core/highlights/highlight');

const choices = () => useChartChoices.getState().choices;

describe('rules that span stores', () => {
  beforeEach(async () => {
    await whenHydrated();
    useLibrary.setState({ pages: {}, corrections: {} });
    useChartChoices.setState({ choices: {} });
    useHighlights.setState({ highlights: {} });
  });

  it('deleting a page drops its corrections and chart choices, and undo restores all of them', () => {
    const id = useLibrary.getState().importPage({ title: 'A', source: 'a\n\nb' });
    const other = useLibrary.getState().importPage({ title: 'B', source: 'b' });
    useLibrary.getState().addCorrection(id, { kind: 'split', blockId: 'b3' });
    useChartChoices.getState().setCharted(id, 'f1', false);
    useChartChoices.getState().setCharted(other, 'f2', true);

    const deleted = deletePage(id)!;
    expect(useLibrary.getState().pages[id]).toBeUndefined();
    expect(useLibrary.getState().corrections[id]).toBeUndefined();
    expect(choices()).toEqual({ [other]: { excluded: [], included: ['f2'] } });

    restorePage(deleted);
    expect(useLibrary.getState().pages[id]?.title).toBe('A');
    expect(useLibrary.getState().corrections[id]).toEqual([{ kind: 'split', blockId: 'b3' }]);
    expect(choices()[id]).toEqual({ excluded: ['f1'], included: [] });
  });

  it('deleting a page deletes its highlights (not other pages’), and undo brings them back as they were', () => {
    const id = useLibrary.getState().importPage({ title: 'A', source: '騰訊升2%' });
    const mine = useHighlights.getState().add(id, describeSpan('騰訊升2%', { start: 0, end: 2 }), 'yellow');
    useHighlights.getState().setNote(mine, '看好');
    const other = useHighlights.getState().add('sample', describeSpan('騰訊', { start: 0, end: 2 }), 'blue');
    const kept = useHighlights.getState().highlights[mine];
    const deleted = deletePage(id)!;
    expect(Object.keys(useHighlights.getState().highlights)).toEqual([other]);
    restorePage(deleted);
    expect(useHighlights.getState().highlights[mine]).toEqual(kept);
  });

  it('replacing a page’s text keeps its highlights (they are found again, or shown orphaned)', () => {
    const id = useLibrary.getState().importPage({ title: '亂碼', source: '亂碼', encoding: 'big5' });
    const h = useHighlights.getState().add(id, describeSpan('亂碼', { start: 0, end: 2 }), 'green');
    replacePageText(id, { title: '正確', source: '正確', encoding: 'gb18030' });
    expect(useHighlights.getState().highlights[h]?.pageId).toBe(id);
  });

  it('deleting a page without choices, the sample, or an unknown id', () => {
    const id = useLibrary.getState().importPage({ title: 'A', source: 'a' });
    const deleted = deletePage(id)!;
    expect(deleted.chartChoices).toBeUndefined();
    restorePage(deleted);
    expect(choices()).toEqual({});
    expect(deletePage('sample')).toBeUndefined();
    expect(deletePage('nope')).toBeUndefined();
  });

  it('replacing a page’s text drops its corrections and chart choices, and leaves other pages’ alone', () => {
    const id = useLibrary.getState().importPage({ title: '亂碼', source: '亂碼', encoding: 'big5' });
    useLibrary.getState().addCorrection(id, { kind: 'merge', articleId: 'a9' });
    useChartChoices.getState().setCharted(id, 'f1', false);
    useChartChoices.getState().setCharted('sample', 'f205', false);
    replacePageText(id, { title: '正確', source: '正確', encoding: 'gb18030' });
    expect(useLibrary.getState().pages[id]).toMatchObject({ title: '正確', source: '正確', encoding: 'gb18030' });
    expect(useLibrary.getState().corrections[id]).toBeUndefined();
    expect(choices()).toEqual({ sample: { excluded: ['f205'], included: [] } });
    replacePageText('nope', { title: 'x', source: 'x' });
    expect(choices()).toEqual({ sample: { excluded: ['f205'], included: [] } });
  });
});
