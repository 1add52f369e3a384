import * as v from 'valibot';
import { record, type StoredShape, type Upgraded } from './stored-shape';

const figureIds = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(40))),
  v.transform((ids) => [...new Set(ids)]),
);

/**
 * Which figures the reader took off the charts (`excluded`) or added to them (`included`), per
 * page id, and when each page's choices last changed (epoch ms; restoring a backup keeps the later).
 */
export const chartChoicesSchema = v.object({
  choices: record(v.object({ excluded: figureIds, included: figureIds })),
  edited: record(v.pipe(v.number(), v.finite(), v.minValue(0))),
});

export type ChartChoicesFacts = v.InferOutput<typeof chartChoicesSchema>;

export const CHART_CHOICES_SHAPE: StoredShape<ChartChoicesFacts> = {
  key: 'broadsheet-chart-choices',
  area: 'indexedDB',
  layout: 'whole',
  version: 2,
  schema: chartChoicesSchema,
  defaults: { choices: {}, edited: {} },
  upgrades: {
    // Version 1 kept no edit times: each page's choices were made at an unknown time (0).
    1: (state): Upgraded => {
      if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new Error('not an object');
      const choices = (state as { choices?: unknown }).choices;
      const ids = typeof choices === 'object' && choices !== null && !Array.isArray(choices) ? Object.keys(choices) : [];
      return { state: { ...state, edited: Object.fromEntries(ids.map((id) => [id, 0])) }, dropped: 0 };
    },
  },
};
