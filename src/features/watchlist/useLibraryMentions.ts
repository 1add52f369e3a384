import { useEffect, useState } from 'react';
import { applyCorrections, type Correction } from '../../core/page';
import { indexMentions, type LibraryMention } from '../../core/watchlist/mentions';
import { allPages, useLibrary, type StoredPage } from '../../store/library';
import { analysisOf, annotationsOf } from '../../shared/page/analysis';

export type MentionIndex = ReadonlyMap<string, readonly LibraryMention[]>;

interface Inputs {
  readonly pages: Record<string, StoredPage>;
  readonly sample: StoredPage | undefined;
  readonly corrections: Record<string, Correction[]>;
}

/**
 * The library's stock mentions, by stock key. Derived, never stored: from every page's source
 * (annotated lazily, see `analysis.ts`) and the reader's corrections, so it follows imports,
 * deletions and re-segmentation. The card and the pane share one computation per library state.
 */
let last: { inputs: Inputs; index: Promise<Map<string, LibraryMention[]>> } | undefined;

function indexLibrary(inputs: Inputs): Promise<Map<string, LibraryMention[]>> {
  if (last && last.inputs.pages === inputs.pages && last.inputs.sample === inputs.sample && last.inputs.corrections === inputs.corrections) {
    return last.index;
  }
  const index = Promise.all(
    allPages(inputs).map(async ({ id, source }) => {
      const { page, sourceScript } = analysisOf(id, source);
      const stocks = (await annotationsOf(id, source)).stocks;
      return { pageId: id, page: applyCorrections(page, inputs.corrections[id] ?? []), script: sourceScript, stocks };
    }),
  ).then(indexMentions);
  last = { inputs, index };
  return index;
}

/**
 * Undefined until the first index is ready; afterwards the latest (kept while a newer one is
 * built). It waits for the stored library and the built-in sample, so a count never shows a
 * premature zero.
 */
export function useLibraryMentions(): MentionIndex | undefined {
  const ready = useLibrary((s) => s.hydrated && s.sample !== undefined);
  const pages = useLibrary((s) => s.pages);
  const sample = useLibrary((s) => s.sample);
  const corrections = useLibrary((s) => s.corrections);
  const [index, setIndex] = useState<MentionIndex>();
  useEffect(() => {
    if (!ready) return;
    let current = true;
    indexLibrary({ pages, sample, corrections }).then(
      (result) => current && setIndex(result),
      (error: unknown) => console.error('Broadsheet: the library’s stock mentions could not be listed', error),
    );
    return () => {
      current = false;
    };
  }, [ready, pages, sample, corrections]);
  return index;
}
