/** The reader's choices for one page: figures taken off their chart, and figures added to one. */
export interface ChartChoices {
  readonly excluded: readonly string[];
  readonly included: readonly string[];
}

/** Choices per page id. */
export type PageChartChoices = Readonly<Record<string, ChartChoices>>;

export const NO_CHOICES: ChartChoices = { excluded: [], included: [] };

/**
 * A page's choices after the reader puts a figure on its chart or takes it off: the figure
 * moves from one list to the other, so the latest choice is the one that holds.
 */
export function withChoice(choices: ChartChoices, figureId: string, charted: boolean): ChartChoices {
  const excluded = choices.excluded.filter((id) => id !== figureId);
  const included = choices.included.filter((id) => id !== figureId);
  return charted ? { excluded, included: [...included, figureId] } : { excluded: [...excluded, figureId], included };
}
