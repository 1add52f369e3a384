import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { useLibrary, whenHydrated } = await import('./library');
const { useChartChoices } = await import('./chart-choices');
const { deletePage, replacePageText, restorePage } = await import('./rules');

const choices = () => useChartChoices.getState().choices;

describe('rules that span stores', () => {
  beforeEach(async () => {
    await whenHydrated();
    useLibrary.setState({ pages: {}, corrections: {} });
    useChartChoices.setState({ choices: {} });
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
