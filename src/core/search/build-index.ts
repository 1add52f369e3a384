import { toIndex, type IndexedDoc } from './index-state';
import { foldPreservingLength } from './script-fold';
import type { ScriptFold, SearchDoc, SearchIndex } from './docs-and-hits';
import { foldWidthAndCase } from '../text/width-fold';

/**
 * The search forms of a string, shared by docs and queries: case and width folded (`plain`),
 * then script folded too (`folded`). Both keep the string's length.
 */
export function searchForms(text: string, fold: ScriptFold): { plain: string; folded: string } {
  const plain = foldWidthAndCase(text);
  const scripted = foldPreservingLength(plain, fold);
  return { plain, folded: scripted === plain ? plain : scripted };
}

/**
 * Prepares docs for {@link search}: folds each one's text once, so that a search is a scan.
 * `fold` (e.g. a Traditional→Simplified converter) is kept to fold queries the same way.
 *
 * @example
 * const index = buildSearchIndex(docs, hk2cn);
 * search(index, '腾讯') // finds 騰訊 too
 */
export function buildSearchIndex(docs: readonly SearchDoc[], fold: ScriptFold): SearchIndex {
  return searchIndexOf(prepareSearchDocs(docs, fold), fold);
}

/** A doc with its search forms: plain data, so it can cross from a worker and be stored. */
export interface PreparedDoc {
  readonly doc: SearchDoc;
  readonly plain: string;
  readonly folded: string;
}

/** The costly half of {@link buildSearchIndex}: each doc folded once, by `fold`. */
export function prepareSearchDocs(docs: readonly SearchDoc[], fold: ScriptFold): PreparedDoc[] {
  return docs.map((doc) => ({ doc, ...searchForms(doc.text, fold) }));
}

/**
 * An index of docs prepared (maybe in a worker, maybe read back from storage) with the same
 * `fold` that will fold the queries.
 */
export function searchIndexOf(prepared: readonly PreparedDoc[], fold: ScriptFold): SearchIndex {
  const indexed: IndexedDoc[] = prepared.map(({ doc, plain, folded }) => ({ doc, plain, folded }));
  return toIndex({ docs: indexed, fold });
}
