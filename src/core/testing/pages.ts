import { parseTruth, type Truth } from './recall';

/** The written test pages (one per style a page comes in), each with its truth. */
export interface TestPage {
  readonly name: string;
  readonly text: string;
  readonly truth: Truth;
}

const TEXTS = import.meta.glob<string>('./pages/*.txt', { query: '?raw', import: 'default', eager: true });
const TRUTHS = import.meta.glob<string>('./pages/*.truth.tsv', { query: '?raw', import: 'default', eager: true });

/** Every page under `pages/`, by name. */
export const TEST_PAGES: readonly TestPage[] = Object.entries(TEXTS).map(([path, text]) => {
  const name = path.replace(/^.*\//, '').replace(/\.txt$/, '');
  const truth = TRUTHS[`./pages/${name}.truth.tsv`];
  if (truth === undefined) throw new Error(`test page ${name} has no truth file`);
  return { name, text, truth: parseTruth(truth) };
});

/** The truths of the shared sample pages (the pages themselves stay in ../shared/samples). */
export const SHARED_TRUTHS: ReadonlyMap<string, Truth> = new Map(
  Object.entries(import.meta.glob<string>('./pages/shared/*.truth.tsv', { query: '?raw', import: 'default', eager: true })).map(
    ([path, tsv]) => [path.replace(/^.*\//, '').replace(/\.truth\.tsv$/, ''), parseTruth(tsv)],
  ),
);
