/**
 * The figure index's half of the library-wide derivation: each page's facts
 * (`core/series/figure-index.ts`), built in the derivation worker and kept in IndexedDB
 * (`broadsheet-figures`), so a reload rebuilds nothing. The key holds the page's date besides
 * its text and corrections: relative dates (昨日, 上周五) resolve against it, so correcting a
 * page's date rebuilds that page alone.
 */
import { pageFigures, type FigureInput, type PageFigures } from '../series/figure-index';
import { deriveStored, type KeyedStore, type StoredRequest, type StoredResponse } from './stored-derive';
import { textHash } from './text-hash';

/** Bump when an indexed page's shape changes (the worker adds a hash of the core's source). */
export const FIGURES_FORMAT = 1;

/** A page's facts as stored: with the key they were made for. */
export interface StoredFigures extends PageFigures {
  readonly key: string;
}

export type FiguresRequest = StoredRequest<FigureInput>;
export type FiguresResponse = StoredResponse<StoredFigures>;

export interface FiguresDeps {
  readonly store: KeyedStore<StoredFigures>;
  readonly version: string;
  readonly onStoreError?: (error: unknown) => void;
}

/** The key of a page's facts: its id, text, corrections, date and the analysis version. */
export function figuresKey(input: FigureInput, version: string): string {
  const corrections = input.corrections?.length ? textHash(JSON.stringify(input.corrections)) : '-';
  return `${input.id}\u0000${textHash(input.source)}\u0000${corrections}\u0000${input.pageDate}\u0000${version}`;
}

/** Each asked page's facts: read back where stored for its current key, else built and stored. */
export function deriveFigures(request: FiguresRequest, deps: FiguresDeps): Promise<FiguresResponse> {
  return deriveStored(request, {
    store: deps.store,
    key: (input) => figuresKey(input, deps.version),
    build: (inputs, keys) => inputs.map((input, i) => ({ ...pageFigures(input), key: keys[i]! })),
    ...(deps.onStoreError ? { onStoreError: deps.onStoreError } : {}),
  });
}

/** A message to the derivation worker for the figure index. */
export interface FiguresMessage {
  readonly id: number;
  readonly kind: 'figures';
  readonly request: FiguresRequest;
}
