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

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string' && id.length <= 40);

/**
 * Stored choices read back, or undefined if they are not what this app wrote (a corrupted or
 * foreign value): the caller falls back to none rather than charting from garbage.
 */
export function parseChoices(value: unknown): PageChartChoices | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, ChartChoices> = {};
  for (const [pageId, entry] of Object.entries(value)) {
    if (!entry || typeof entry !== 'object') return undefined;
    const { excluded, included } = entry as Partial<Record<keyof ChartChoices, unknown>>;
    if (!isIdList(excluded) || !isIdList(included)) return undefined;
    out[pageId] = { excluded: [...new Set(excluded)], included: [...new Set(included)] };
  }
  return out;
}
