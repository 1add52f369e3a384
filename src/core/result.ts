/**
 * How the core answers input it may refuse: the data, or why it was refused. Parsers and
 * importers return this rather than throw or hand back `undefined`, so a caller looks at `ok`
 * before it touches the data, and the reason travels with the refusal.
 *
 * @example
 * const read = prepareText(text, '貼上的版面');
 * if (!read.ok) return say(read.reason);
 * add(read.data);
 */
export type Result<T, R = string> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly reason: R };

/** The input was accepted: here is what it gave. */
export const ok = <T>(data: T): { readonly ok: true; readonly data: T } => ({ ok: true, data });

/** The input was refused, and this is why. */
export const refuse = <R>(reason: R): { readonly ok: false; readonly reason: R } => ({ ok: false, reason });
