import { useEffect, useMemo, useState } from 'react';
import type { DerivedPage } from '../../core/derived/library-derive';
import { highlightsByStock, type Highlight, type StockedPage } from '../../core/highlights';
import type { Correction } from '../../core/page';
import type { LibraryMention } from '../../core/watchlist/mentions';
import { useHighlights } from '../../store/highlights';
import { allPages, useLibrary, type StoredPage } from '../../store/library';
import { deriveLibraryPages } from '../../shared/page/derived-library';

export type MentionIndex = ReadonlyMap<string, readonly LibraryMention[]>;

interface Inputs {
  readonly pages: Record<string, StoredPage>;
  readonly sample: StoredPage | undefined;
  readonly corrections: Record<string, Correction[]>;
}

/**
 * The library's stock mentions, by stock key. Derived from every page's source and the reader's
 * corrections (in a worker, kept between visits: see `derived-library.ts`), so it follows
 * imports, deletions and re-segmentation. The card and the pane share one computation per
 * library state.
 */
let last: { inputs: Inputs; index: Promise<Map<string, LibraryMention[]>>; stocked: Promise<StockedPage[]> } | undefined;

function indexLibrary(inputs: Inputs): NonNullable<typeof last> {
  if (last && last.inputs.pages === inputs.pages && last.inputs.sample === inputs.sample && last.inputs.corrections === inputs.corrections) {
    return last;
  }
  const pages = allPages(inputs).map(({ id, source }) => ({ id, source, corrections: inputs.corrections[id] }));
  const derived = deriveLibraryPages(pages);
  const stocked = derived.then((list) => list.map((d, i): StockedPage => ({ pageId: d.pageId, source: pages[i]!.source, stocks: d.stocks })));
  last = { inputs, index: derived.then(mergeMentions), stocked };
  return last;
}

/** Each page's mentions, merged in library order (then page order, as each page lists them). */
function mergeMentions(pages: readonly DerivedPage[]): Map<string, LibraryMention[]> {
  const index = new Map<string, LibraryMention[]>();
  for (const page of pages) {
    for (const [key, mentions] of page.mentions) {
      const list = index.get(key);
      if (list) list.push(...mentions);
      else index.set(key, [...mentions]);
    }
  }
  return index;
}

/**
 * Undefined until the first index is ready; afterwards the latest (kept while a newer one is
 * built). It waits for the stored library and the built-in sample, so a count never shows a
 * premature zero.
 */
export function useLibraryMentions(): MentionIndex | undefined {
  return useLibraryIndex(pickIndex);
}

const pickIndex = (found: NonNullable<typeof last>) => found.index;

/** The library's pages with their stock mentions (see {@link useLibraryMentions} for when). */
function useLibraryIndex<T>(pick: (found: NonNullable<typeof last>) => Promise<T>): T | undefined {
  const ready = useLibrary((s) => s.hydrated && s.sample !== undefined);
  const pages = useLibrary((s) => s.pages);
  const sample = useLibrary((s) => s.sample);
  const corrections = useLibrary((s) => s.corrections);
  const [index, setIndex] = useState<T>();
  useEffect(() => {
    if (!ready) return;
    let current = true;
    pick(indexLibrary({ pages, sample, corrections })).then(
      (result) => current && setIndex(() => result),
      (error: unknown) => console.error('Broadsheet: the library’s stock mentions could not be listed', error),
    );
    return () => {
      current = false;
    };
  }, [ready, pages, sample, corrections, pick]);
  return index;
}

const pickStocked = (found: NonNullable<typeof last>) => found.stocked;

/**
 * The reader's highlights that contain a stock mention, by stock key (see `highlightsByStock`):
 * each watched stock lists them beside its mentions. Undefined while the library is being read.
 */
export function useStockHighlights(): ReadonlyMap<string, readonly Highlight[]> | undefined {
  const stocked = useLibraryIndex(pickStocked);
  const highlights = useHighlights((s) => s.highlights);
  return useMemo(() => (stocked ? highlightsByStock(stocked, Object.values(highlights)) : undefined), [stocked, highlights]);
}
