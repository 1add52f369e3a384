import { textHash } from '../../core/derived/text-hash';
import { SAMPLE_PAGE_ID, STORED_SHAPES, type LibraryFacts, type StoredShapeName } from '../shapes';
import type { AllFacts } from './document';

/**
 * Restoring merges a backup into what is here; it never replaces it. The rules, for every shape:
 *
 * - what the backup has and this browser does not is added;
 * - a page already here by content (its text) is the same page, whatever its id: never added twice;
 * - an entry both have, edited in both, keeps the later edit (each shape stores its edit times);
 * - nothing here is deleted (a removal in the backup does not remove a stock here).
 *
 * Pure: `planRestore` says what each shape will hold and what was added, and writes nothing.
 * Each stored shape has its rule in `BACKUP_MERGES` (./merges.ts): a shape added to
 * `STORED_SHAPES` without one does not compile, and `backup.test.ts` fails.
 */

/** What a restore added or changed, counted for the reader. */
export const TALLY_KINDS = ['pages', 'stocks', 'notes', 'highlights', 'corrections', 'dates', 'chartChoices', 'settings', 'updated'] as const;
export type TallyKind = (typeof TALLY_KINDS)[number];
export type Tally = Partial<Record<TallyKind, number>>;

export interface RestoreContext {
  /**
   * The id here of a page the backup names: the page already here with the same text, else its
   * own id, else (that id is taken by another text) a new one; the sample is the sample.
   * Undefined for an id that is not a page of the backup (a leftover of a deleted page).
   */
  pageId(backupId: string): string | undefined;
}

/** How a shape's facts from a backup merge into this browser's. */
export interface ShapeMerge<F> {
  merge(current: F, incoming: F, ctx: RestoreContext): { readonly state: F; readonly tally: Tally };
}

export type ShapeMerges = { readonly [K in StoredShapeName]: ShapeMerge<AllFacts[K]> };

export interface RestorePlan {
  /** Each shape's facts after the restore. */
  readonly facts: AllFacts;
  /** The shapes that change (the others are left as they are, not even written). */
  readonly changed: readonly StoredShapeName[];
  readonly tally: Tally;
}

/** Which id each of the backup's pages has here: see `RestoreContext.pageId`. */
export function matchPages(current: LibraryFacts, incoming: LibraryFacts, newPageId: () => string): Map<string, string> {
  const byText = new Map<string, string[]>();
  for (const [id, page] of Object.entries(current.pages)) {
    const hash = textHash(page.source);
    byText.set(hash, [...(byText.get(hash) ?? []), id]);
  }
  const taken = new Set([SAMPLE_PAGE_ID, ...Object.keys(current.pages)]);
  const ids = new Map<string, string>([[SAMPLE_PAGE_ID, SAMPLE_PAGE_ID]]);
  // A page here is the match of one page of the backup at most (a library may hold one text
  // twice): first those under their own id, then the rest by text among those left, so a second
  // restore of the same file pairs them as the first did.
  const claimed = new Set<string>();
  const entries = Object.entries(incoming.pages);
  for (const [key, page] of entries) {
    if (current.pages[key]?.source === page.source) {
      ids.set(key, key);
      claimed.add(key);
    }
  }
  for (const [key, page] of entries) {
    if (ids.has(key)) continue;
    const here = byText.get(textHash(page.source))?.find((id) => !claimed.has(id) && current.pages[id]?.source === page.source);
    let id = here ?? key;
    if (here) claimed.add(here);
    else {
      while (taken.has(id)) id = newPageId();
      taken.add(id);
    }
    ids.set(key, id);
  }
  return ids;
}

/** What restoring `incoming` into `current` gives, shape by shape. */
export function planRestore(current: AllFacts, incoming: AllFacts, merges: ShapeMerges, newPageId: () => string): RestorePlan {
  const ids = matchPages(current.library, incoming.library, newPageId);
  const ctx: RestoreContext = { pageId: (id) => ids.get(id) };
  const facts = { ...current } as Record<StoredShapeName, unknown>;
  const changed: StoredShapeName[] = [];
  const tally: Record<string, number> = {};
  for (const name of Object.keys(STORED_SHAPES) as StoredShapeName[]) {
    const merge = merges[name] as ShapeMerge<unknown>;
    const result = merge.merge(current[name], incoming[name], ctx);
    facts[name] = result.state;
    if (result.state !== current[name]) changed.push(name);
    for (const [kind, n] of Object.entries(result.tally)) if (n) tally[kind] = (tally[kind] ?? 0) + n;
  }
  return { facts: facts as AllFacts, changed, tally };
}

/** A tally being counted. */
export class Counter {
  readonly tally: Record<string, number> = {};
  add(kind: TallyKind, n = 1): void {
    if (n > 0) this.tally[kind] = (this.tally[kind] ?? 0) + n;
  }
  get any(): boolean {
    return Object.keys(this.tally).length > 0;
  }
}

/** Whether two stored values are the same (JSON with their keys in any order). */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(x: unknown): string {
  return JSON.stringify(x, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
