import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./idb-storage', () => import('./testing/idb-storage.fake'));
const { db } = await import('./testing/idb-storage.fake');
const { choicesFor, useChartChoices } = await import('./chart-choices');
const { useStorageStatus } = await import('./storage-status');

const KEY = 'broadsheet-chart-choices';
const stored = () => JSON.parse(String(db.data.get(KEY) ?? '{"state":{}}')).state as { choices?: Record<string, unknown> };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('chart choices store', () => {
  beforeEach(async () => {
    // The store writes only once it has read its stored value back (its storage code loads first).
    await vi.waitFor(() => expect(useChartChoices.getState().hydrated).toBe(true));
    db.failWrites = false;
    useChartChoices.setState({ choices: {} });
    useStorageStatus.getState().dismiss();
  });

  it('takes a figure off its chart and puts it back, per page, and keeps that in storage', async () => {
    const { setCharted } = useChartChoices.getState();
    setCharted('sample', 'f205', false);
    setCharted('p1', 'f9', true);
    expect(choicesFor(useChartChoices.getState(), 'sample')).toEqual({ excluded: ['f205'], included: [] });
    expect(choicesFor(useChartChoices.getState(), 'p1')).toEqual({ excluded: [], included: ['f9'] });
    await settle();
    expect(stored().choices).toEqual({ sample: { excluded: ['f205'], included: [] }, p1: { excluded: [], included: ['f9'] } });

    useChartChoices.getState().setCharted('sample', 'f205', true);
    expect(choicesFor(useChartChoices.getState(), 'sample')).toEqual({ excluded: [], included: ['f205'] });
  });

  it('never lists a figure twice, whatever the reader clicks', () => {
    const { setCharted } = useChartChoices.getState();
    for (const charted of [false, false, true, false]) setCharted('sample', 'f205', charted);
    expect(choicesFor(useChartChoices.getState(), 'sample')).toEqual({ excluded: ['f205'], included: [] });
  });

  it('gives the same empty choices for a page without any, and forgets a page', () => {
    const state = useChartChoices.getState();
    expect(choicesFor(state, 'none')).toBe(choicesFor(state, undefined));
    state.setCharted('p1', 'f1', false);
    useChartChoices.getState().forgetPage('p1');
    expect(useChartChoices.getState().choices).toEqual({});
  });

  it('reports a refused write', async () => {
    db.failWrites = true;
    useChartChoices.getState().setCharted('sample', 'f205', false);
    await settle();
    expect(useStorageStatus.getState().problem).toBe('full');
  });

  it('reads back stored choices, letting choices made meanwhile win', async () => {
    useChartChoices.setState({ choices: { p1: { excluded: ['f1'], included: [] } } });
    await settle();
    db.data.set(KEY, JSON.stringify({ state: { choices: { sample: { excluded: ['f205', 'f205'], included: [] }, p1: { excluded: [], included: [] } } }, version: 1 }));
    await useChartChoices.persist.rehydrate();
    expect(useChartChoices.getState().choices).toEqual({ sample: { excluded: ['f205'], included: [] }, p1: { excluded: ['f1'], included: [] } });
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });

  it.each([
    ['not an object', 'garbage'],
    ['choices not a record', { choices: [1, 2] }],
    ['a page without lists', { choices: { sample: { excluded: 'f205' } } }],
    ['ids that are not strings', { choices: { sample: { excluded: [205], included: [] } } }],
  ])('falls back to no choices, keeps a copy and reports a corrupted value: %s', async (_what, state) => {
    const raw = JSON.stringify({ state, version: 1 });
    db.data.set(KEY, raw);
    await useChartChoices.persist.rehydrate();
    expect(useChartChoices.getState().choices).toEqual({});
    await settle();
    expect([...db.data].filter(([k, v]) => k.startsWith(`${KEY}:corrupt:`) && v === raw)).toHaveLength(1);
    expect(useStorageStatus.getState().problem).toBe('corrupt');
  });

  it('has read storage back', () => {
    expect(useChartChoices.getState().hydrated).toBe(true);
  });
});
