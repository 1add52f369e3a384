import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shallow } from 'zustand/shallow';

vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { db } = await import('./testing/idb-storage.fake');
const { allPages, findPage, loadSample, pageTitles, SAMPLE_PAGE_ID, useLibrary, whenHydrated } = await import('./library');
const { useStorageStatus } = await import('./storage-status');
const { deletePage, replacePageText, restorePage } = await import('./rules');

const stored = () => JSON.parse(String(db.data.get('broadsheet-library') ?? '{"state":{}}')).state as { pages?: Record<string, { title: string }> };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('library store', () => {
  beforeEach(async () => {
    await whenHydrated();
    db.failWrites = false;
    useLibrary.setState({ pages: {}, corrections: {} });
    useStorageStatus.getState().dismiss();
  });

  it('imports a page under a new route-safe id and keeps it in storage', async () => {
    const id = useLibrary.getState().importPage({ title: '  騰訊\n業績 ', source: '騰訊業績\n正文', encoding: 'big5' });
    expect(id).toMatch(/^p[0-9a-z]+$/);
    const page = findPage(useLibrary.getState(), id)!;
    expect(page).toMatchObject({ id, title: '騰訊 業績', source: '騰訊業績\n正文', encoding: 'big5' });
    await settle();
    expect(stored().pages?.[id]?.title).toBe('騰訊 業績');
  });

  it('gives two imports two ids and lists them by date after the sample', async () => {
    await loadSample();
    const a = useLibrary.getState().importPage({ title: 'A', source: 'a' });
    const b = useLibrary.getState().importPage({ title: 'B', source: 'b' });
    expect(a).not.toBe(b);
    const ids = allPages(useLibrary.getState()).map((p) => p.id);
    expect(ids[0]).toBe(SAMPLE_PAGE_ID);
    expect(ids).toEqual(expect.arrayContaining([a, b]));
  });

  it('selects the titles of some pages: other pages\' changes leave the selection (shallowly) as it was', async () => {
    await loadSample();
    const s = useLibrary.getState();
    const a = s.importPage({ title: 'A', source: 'a' });
    const b = s.importPage({ title: 'B', source: 'b' });
    // A render counter as zustand decides: a selection that is not equal to the last one draws again.
    const changes = (pick: (state: ReturnType<typeof useLibrary.getState>) => unknown, equal: (x: unknown, y: unknown) => boolean) => {
      let last = pick(useLibrary.getState());
      const count = { n: 0 };
      const stop = useLibrary.subscribe((state) => {
        const next = pick(state);
        if (!equal(last, next)) count.n++;
        last = next;
      });
      return { count, stop };
    };
    const titles = changes((state) => pageTitles(state, [SAMPLE_PAGE_ID, a, 'gone']), shallow);
    const wholePages = changes((state) => state.pages, Object.is);
    s.importPage({ title: 'C', source: 'c' });
    s.renamePage(b, 'B2');
    s.addCorrection(b, { kind: 'split', blockId: 'b3' });
    s.setPageDate(a, '2025-02-10');
    expect(titles.count.n).toBe(0);
    // What the series table selected before: the whole record, new at each import or rename.
    expect(wholePages.count.n).toBe(2);
    s.renamePage(a, 'A2');
    expect(titles.count.n).toBe(1);
    expect(pageTitles(useLibrary.getState(), [SAMPLE_PAGE_ID, a, 'gone'])).toEqual({ [SAMPLE_PAGE_ID]: '投資全方位', [a]: 'A2', gone: 'gone' });
    titles.stop();
    wholePages.stop();
  });

  it('never stores the sample', async () => {
    await loadSample();
    useLibrary.getState().importPage({ title: 'A', source: 'a' });
    await settle();
    expect(Object.keys(stored().pages ?? {})).not.toContain(SAMPLE_PAGE_ID);
  });

  it('renames, ignoring a blank name and leaving the sample alone', async () => {
    await loadSample();
    const { importPage, renamePage } = useLibrary.getState();
    const id = importPage({ title: 'Old', source: 'x' });
    renamePage(id, '  新名稱 ');
    renamePage(id, '   ');
    renamePage(SAMPLE_PAGE_ID, 'Mine');
    expect(useLibrary.getState().pages[id]?.title).toBe('新名稱');
    expect(useLibrary.getState().sample?.title).toBe('投資全方位');
  });

  it('deletes a page with its corrections, and restores both', () => {
    const s = useLibrary.getState();
    const id = s.importPage({ title: 'A', source: 'a\n\nb' });
    s.addCorrection(id, { kind: 'split', blockId: 'b3' });
    const deleted = deletePage(id)!;
    expect(findPage(useLibrary.getState(), id)).toBeUndefined();
    expect(useLibrary.getState().corrections[id]).toBeUndefined();
    restorePage(deleted);
    expect(findPage(useLibrary.getState(), id)?.title).toBe('A');
    expect(useLibrary.getState().corrections[id]).toEqual([{ kind: 'split', blockId: 'b3' }]);
  });

  it('cannot delete the sample', async () => {
    await loadSample();
    expect(deletePage(SAMPLE_PAGE_ID)).toBeUndefined();
    expect(findPage(useLibrary.getState(), SAMPLE_PAGE_ID)).toBeDefined();
  });

  it('replaces a page’s text after a re-decode and drops its stale corrections', () => {
    const s = useLibrary.getState();
    const id = s.importPage({ title: '亂碼', source: '亂碼', encoding: 'big5' });
    s.addCorrection(id, { kind: 'merge', articleId: 'a9' });
    replacePageText(id, { title: '正確', source: '正確', encoding: 'gb18030' });
    expect(useLibrary.getState().pages[id]).toMatchObject({ title: '正確', source: '正確', encoding: 'gb18030' });
    expect(useLibrary.getState().corrections[id]).toBeUndefined();
  });

  it('keeps working in memory when storage is full, and says so', async () => {
    db.failWrites = true;
    const before = db.data.get('broadsheet-library');
    const id = useLibrary.getState().importPage({ title: 'A', source: 'a' });
    await settle();
    expect(useStorageStatus.getState().problem).toBe('full');
    expect(findPage(useLibrary.getState(), id)).toBeDefined();
    expect(db.data.get('broadsheet-library')).toBe(before);
  });
});
