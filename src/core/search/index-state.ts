import type { CodePointMap } from '../text/code-points';
import type { ScriptFold, SearchDoc, SearchIndex } from './docs-and-hits';

/** A doc with its search forms, each as long (in UTF-16 units) as `doc.text`. */
export interface IndexedDoc {
  readonly doc: SearchDoc;
  /** Case- and width-folded. */
  readonly plain: string;
  /** `plain`, script-folded too (the same string when folding changed nothing). */
  readonly folded: string;
  /** Built on the first hit in the doc. */
  map?: CodePointMap;
}

/** What a {@link SearchIndex} really holds. */
export interface IndexState {
  readonly docs: readonly IndexedDoc[];
  readonly fold: ScriptFold;
}

/** Wraps the state as the opaque index handed to callers. */
export function toIndex(state: IndexState): SearchIndex {
  return state as unknown as SearchIndex;
}

/** Unwraps an index made by {@link toIndex}. */
export function fromIndex(index: SearchIndex): IndexState {
  return index as unknown as IndexState;
}
