import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { NO_CHOICES, parseChoices, withChoice, type ChartChoices, type PageChartChoices } from '../core/charts/choices';
import { setAside } from './idb-storage';
import { reportingIdbStorage } from './reporting-storage';
import { useStorageStatus } from './storage-status';

/**
 * Which figures the reader took off the charts or added to them, per page: the only chart fact
 * worth keeping. The charts themselves are derived from the page every time.
 */
interface ChartChoicesState {
  choices: PageChartChoices;
  /** False until the stored choices are read back: charts wait, so no removed bar flashes. */
  hydrated: boolean;
  /** Puts a figure on its chart (`true`) or takes it off. */
  setCharted: (pageId: string, figureId: string, charted: boolean) => void;
  /** Drops a page's choices (the page was deleted, or its text replaced). */
  forgetPage: (pageId: string) => void;
}

const STORE_NAME = 'broadsheet-chart-choices';

const idb = reportingIdbStorage(STORE_NAME);

export const useChartChoices = create<ChartChoicesState>()(
  persist(
    (set) => ({
      choices: {},
      hydrated: false,
      setCharted: (pageId, figureId, charted) =>
        set((s) => ({ choices: { ...s.choices, [pageId]: withChoice(s.choices[pageId] ?? NO_CHOICES, figureId, charted) } })),
      forgetPage: (pageId) =>
        set((s) => {
          const { [pageId]: _gone, ...rest } = s.choices;
          return { choices: rest };
        }),
    }),
    {
      name: STORE_NAME,
      version: 1,
      storage: createJSONStorage(() => idb.storage),
      partialize: (s) => ({ choices: s.choices }),
      merge: (persisted, current) => mergeChoices(persisted, current),
      onRehydrateStorage: () => (_state, error) => {
        if (error) idb.readFailed(error);
        useChartChoices.setState({ hydrated: true });
      },
    },
  ),
);

/**
 * Stored choices merged into the current state. A value this app did not write falls back to
 * none, is kept aside (nothing the reader saved is thrown away) and reported; choices made
 * before the store was read back win over stored ones for the same page.
 */
export function mergeChoices(persisted: unknown, current: ChartChoicesState): ChartChoicesState {
  if (persisted === undefined || persisted === null) return current;
  const stored = typeof persisted === 'object' ? parseChoices((persisted as { choices?: unknown }).choices) : undefined;
  if (!stored) {
    void setAside(STORE_NAME, persisted);
    useStorageStatus.getState().report('corrupt');
    return current;
  }
  return { ...current, choices: { ...stored, ...current.choices } };
}

/** A page's choices (the same empty object when there are none, so selectors stay stable). */
export function choicesFor(state: { choices: PageChartChoices }, pageId: string | undefined): ChartChoices {
  return (pageId ? state.choices[pageId] : undefined) ?? NO_CHOICES;
}
