import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../core/highlights/highlight';

vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { db } = await import('./testing/idb-storage.fake');
const { highlightsOf, useHighlights } = await import('./highlights');

const KEY = 'broadsheet-highlights';
const stored = () => JSON.parse(String(db.data.get(KEY) ?? '{"state":{}}')).state as { highlights?: Record<string, { note: string }> };
const settle = () => new Promise((r) => setTimeout(r, 0));
const TEXT = '恒指收市報20,000點，騰訊（00700）升2%。';

describe('highlights store', () => {
  beforeEach(async () => {
    await vi.waitFor(() => expect(useHighlights.getState().hydrated).toBe(true));
    useHighlights.setState({ highlights: {} });
  });

  it('adds a highlight, notes and recolours it (its edit time moves), and keeps it in storage', async () => {
    const { add, setNote, recolour } = useHighlights.getState();
    const id = add('p1', describeSpan(TEXT, { start: 5, end: 11 }), 'yellow');
    expect(id).toMatch(/^h[0-9a-z]+$/);
    const made = useHighlights.getState().highlights[id]!;
    expect(made).toMatchObject({ pageId: 'p1', colour: 'yellow', note: '', selector: { exact: '20,000' } });
    setNote(id, '指數新高');
    recolour(id, 'blue');
    expect(useHighlights.getState().highlights[id]).toMatchObject({ note: '指數新高', colour: 'blue', createdAt: made.createdAt });
    expect(useHighlights.getState().highlights[id]!.editedAt).toBeGreaterThanOrEqual(made.editedAt);
    await settle();
    expect(stored().highlights?.[id]?.note).toBe('指數新高');
  });

  it('an edit that changes nothing changes nothing (no new object, no write)', () => {
    const id = useHighlights.getState().add('p1', describeSpan(TEXT, { start: 0, end: 2 }), 'green');
    const before = useHighlights.getState().highlights;
    useHighlights.getState().recolour(id, 'green');
    useHighlights.getState().setNote('nope', 'x');
    expect(useHighlights.getState().highlights).toBe(before);
  });

  it('removes one and puts it back; forgets a page’s and puts them back', () => {
    const { add } = useHighlights.getState();
    const a = add('p1', describeSpan(TEXT, { start: 0, end: 2 }), 'green');
    const b = add('p1', describeSpan(TEXT, { start: 12, end: 14 }), 'pink');
    const c = add('p2', describeSpan(TEXT, { start: 12, end: 14 }), 'pink');
    const removed = useHighlights.getState().remove(a)!;
    expect(Object.keys(useHighlights.getState().highlights).sort()).toEqual([b, c].sort());
    useHighlights.getState().putBack([removed]);
    expect(highlightsOf(useHighlights.getState().highlights, 'p1').map((h) => h.id).sort()).toEqual([a, b].sort());
    const gone = useHighlights.getState().forgetPage('p1');
    expect(gone.map((h) => h.id).sort()).toEqual([a, b].sort());
    expect(Object.keys(useHighlights.getState().highlights)).toEqual([c]);
    useHighlights.getState().putBack(gone);
    expect(highlightsOf(useHighlights.getState().highlights, 'p1')).toHaveLength(2);
    expect(highlightsOf(useHighlights.getState().highlights, 'p3')).toBe(highlightsOf({}, undefined));
  });
});
