/** An answer to a query, kept until the next one is in. */
export interface Answer<R> {
  readonly query: string;
  readonly result: R;
}

/**
 * What a results list shows while the reader types: nothing for a blank query; else the latest
 * answer, the query's own once it is in (`current`) and the one before until then. The list is
 * so drawn once an answer and never emptied between two: a list emptied while the next query
 * runs and filled again redraws every hit twice, and a press on a hit then finds no hit to let
 * go on.
 */
export function shownAnswer<R>(query: string, latest: Answer<R> | undefined): { readonly result: R | undefined; readonly current: boolean } {
  if (!query) return { result: undefined, current: true };
  return { result: latest?.result, current: latest?.query === query };
}
