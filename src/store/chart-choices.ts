import { create } from 'zustand';
import { NO_CHOICES, withChoice, type ChartChoices, type PageChartChoices } from '../core/charts/choices';
import { persisted } from './persisted';
import { CHART_CHOICES_SHAPE, type ChartChoicesFacts } from './shapes/chart-choices';

/**
 * Which figures the reader took off the charts or added to them, per page: the only chart fact
 * worth keeping. The charts themselves are derived from the page every time.
 */
interface ChartChoicesState {
  choices: PageChartChoices;
  /** When each page's choices last changed (epoch ms). */
  edited: Readonly<Record<string, number>>;
  /** False until the stored choices are read back: charts wait, so no removed bar flashes. */
  hydrated: boolean;
  /** Puts a figure on its chart (`true`) or takes it off. */
  setCharted: (pageId: string, figureId: string, charted: boolean) => void;
  /** Drops a page's choices, returning them (the page was deleted, or its text replaced: see `rules.ts`). */
  forgetPage: (pageId: string) => ChartChoices | undefined;
  /** Puts back a page's choices as `forgetPage` returned them (undoing a deletion). */
  restorePage: (pageId: string, choices: ChartChoices) => void;
}

export const useChartChoices = create<ChartChoicesState>()(
  persisted<ChartChoicesState, ChartChoicesFacts>(
    CHART_CHOICES_SHAPE,
    (set, get) => ({
      ...CHART_CHOICES_SHAPE.defaults,
      hydrated: false,
      setCharted: (pageId, figureId, charted) =>
        set((s) => ({
          choices: { ...s.choices, [pageId]: withChoice(s.choices[pageId] ?? NO_CHOICES, figureId, charted) },
          edited: { ...s.edited, [pageId]: Date.now() },
        })),
      forgetPage: (pageId) => {
        const { choices, edited } = get();
        const { [pageId]: gone, ...rest } = choices;
        const { [pageId]: _when, ...otherTimes } = edited;
        if (gone) set({ choices: rest, edited: otherTimes });
        return gone;
      },
      restorePage: (pageId, choices) => set((s) => ({ choices: { ...s.choices, [pageId]: choices }, edited: { ...s.edited, [pageId]: Date.now() } })),
    }),
    {
      partialize: (s) => ({ choices: s.choices as ChartChoicesFacts['choices'], edited: s.edited }),
      // Choices made before the store was read back win over stored ones for the same page.
      merge: (stored, current) => ({ ...current, choices: { ...stored.choices, ...current.choices }, edited: { ...stored.edited, ...current.edited } }),
      onHydrated: () => useChartChoices.setState({ hydrated: true }),
    },
  ),
);

/** A page's choices (the same empty object when there are none, so selectors stay stable). */
export function choicesFor(state: { choices: PageChartChoices }, pageId: string | undefined): ChartChoices {
  return (pageId ? state.choices[pageId] : undefined) ?? NO_CHOICES;
}
