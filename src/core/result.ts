/** `{ ok: false; reason }` or `{ ok: true; value }`: how the core reports input it refuses. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
