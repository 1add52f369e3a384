import * as v from 'valibot';
import { record, type StoredShape } from './stored-shape';

const figureIds = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(40))),
  v.transform((ids) => [...new Set(ids)]),
);

/** Which figures the reader took off the charts (`excluded`) or added to them (`included`), per page id. */
export const chartChoicesSchema = v.object({
  choices: record(v.object({ excluded: figureIds, included: figureIds })),
});

export type ChartChoicesFacts = v.InferOutput<typeof chartChoicesSchema>;

export const CHART_CHOICES_SHAPE: StoredShape<ChartChoicesFacts> = {
  key: 'broadsheet-chart-choices',
  area: 'indexedDB',
  layout: 'whole',
  version: 1,
  schema: chartChoicesSchema,
  defaults: { choices: {} },
  upgrades: {},
};
