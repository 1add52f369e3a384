import * as v from 'valibot';

/** Where a stored shape lives: localStorage (small, read synchronously before first paint) or IndexedDB. */
export type StorageArea = 'localStorage' | 'indexedDB';

/**
 * What an upgrade step returns: the state in the next version's form, and how many parts of the
 * old one could not be carried over (then the old value is also kept aside and reported).
 */
export interface Upgraded {
  readonly state: unknown;
  readonly dropped: number;
}

/**
 * One stored shape: the key it lives under and where, its version, the schema every value read
 * back must pass, the state a reader starts with, and the steps that bring each older version
 * up to this one. `STORED_SHAPES` (./index.ts) lists every one: nothing else is stored.
 */
export interface StoredShape<F> {
  readonly key: string;
  readonly area: StorageArea;
  /**
   * `whole`: one JSON value `{ state, version }` under `key`. `paged`: the same with each page's
   * text left out of `state.pages` and kept under `<key>:page:<id>` (see `pagedEntries`).
   */
  readonly layout: 'whole' | 'paged';
  readonly version: number;
  readonly schema: v.GenericSchema<unknown, F>;
  readonly defaults: F;
  /** `upgrades[n]` takes a version-n state to version n + 1. A version with no way up is refused. */
  readonly upgrades: Readonly<Record<number, (state: unknown, now: number) => Upgraded>>;
  /**
   * What can still be read from a state that fails the schema (the watchlist keeps its good
   * entries): the value is still kept aside and reported. Without it, the defaults are used.
   */
  readonly salvage?: (state: unknown) => F | undefined;
}

/** The stored envelope, as zustand's `persist` writes it. */
export interface Envelope {
  readonly state: unknown;
  readonly version: number;
}

/** What reading a stored value found. */
export type ReadStored<F> =
  /** Nothing stored. */
  | { readonly kind: 'empty' }
  /** A state this version reads, upgraded from `from` if that is older; `dropped` parts were lost on the way up. */
  | { readonly kind: 'ok'; readonly state: F; readonly from: number; readonly dropped: number }
  /** A version this app does not know (written by a newer one): it must be kept, not read nor written over. */
  | { readonly kind: 'unknown-version'; readonly version: number }
  /** Not this shape at all: keep it aside; `salvaged` is what could be read from it. */
  | { readonly kind: 'corrupt'; readonly reason: string; readonly salvaged: F | undefined };

const envelopeSchema = v.object({ state: v.unknown(), version: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/**
 * The one `migrate`: reads a stored value (its JSON text, parsed or not) as `shape`. A known
 * older version is brought up step by step and must then pass the schema; a version newer than
 * this one, or an older one with no way up, is refused (`unknown-version`); anything else that
 * does not pass is `corrupt`. Pure: keeping values aside and reporting is the caller's.
 */
export function readStored<F>(shape: StoredShape<F>, stored: unknown, now: number): ReadStored<F> {
  if (stored === null || stored === undefined) return { kind: 'empty' };
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return { kind: 'corrupt', reason: 'not JSON', salvaged: undefined };
    }
  }
  const envelope = v.safeParse(envelopeSchema, value);
  if (!envelope.success) return { kind: 'corrupt', reason: 'no { state, version }', salvaged: undefined };
  const { version } = envelope.output;
  let state = envelope.output.state;
  let dropped = 0;
  if (version > shape.version) return { kind: 'unknown-version', version };
  for (let at = version; at < shape.version; at++) {
    const step = shape.upgrades[at];
    if (!step) return { kind: 'unknown-version', version };
    let up: Upgraded;
    try {
      up = step(state, now);
    } catch {
      return { kind: 'corrupt', reason: `version ${at} could not be upgraded`, salvaged: undefined };
    }
    state = up.state;
    dropped += up.dropped;
  }
  const checked = v.safeParse(shape.schema, state);
  if (checked.success) return { kind: 'ok', state: checked.output, from: version, dropped };
  const issue = checked.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return { kind: 'corrupt', reason: `${where ?? 'state'}: ${issue?.message ?? 'invalid'}`, salvaged: shape.salvage?.(state) };
}

/** The key a stored value that could not be read is copied to: `<key>:corrupt:<ISO time>`, or `<key>:version-N:<ISO time>`. */
export function asideKey(key: string, read: { kind: 'corrupt' } | { kind: 'unknown-version'; version: number }, now: number): string {
  const at = new Date(now).toISOString();
  return read.kind === 'corrupt' ? `${key}:corrupt:${at}` : `${key}:version-${read.version}:${at}`;
}

/** A stored state as written under a `whole` shape's key. */
export function encodeWhole<F>(shape: Pick<StoredShape<F>, 'version'>, state: F): string {
  return JSON.stringify({ state, version: shape.version } satisfies Envelope);
}

/** A state of pages, each with its text: what the `paged` layout splits. */
export interface PagedState {
  readonly pages: Readonly<Record<string, { readonly source: string }>>;
}

export const PAGED = 'paged';
export const pageKey = (key: string, id: string) => `${key}:page:${id}`;

/** The stored index of a `paged` shape: the envelope with each page's text left out. */
export function encodeIndex<F extends PagedState>(shape: Pick<StoredShape<F>, 'version'>, state: F): string {
  const pages = Object.fromEntries(Object.entries(state.pages).map(([id, { source: _text, ...meta }]) => [id, meta]));
  return JSON.stringify({ state: { ...state, pages }, version: shape.version, layout: PAGED });
}

/**
 * Everything the app stores for `state` under `shape`, key by key, exactly as it writes it: one
 * key for a `whole` shape; the index and one key per page's text for a `paged` one. The stores
 * write these; tests seed storage with them.
 */
export function storedEntries<F>(shape: StoredShape<F>, state: F): Array<[string, string]> {
  if (shape.layout === 'whole') return [[shape.key, encodeWhole(shape, state)]];
  const paged = state as unknown as PagedState;
  return [
    [shape.key, encodeIndex(shape as unknown as StoredShape<PagedState>, paged)],
    ...Object.entries(paged.pages).map(([id, page]): [string, string] => [pageKey(shape.key, id), page.source]),
  ];
}

/** `v.record`, refusing an array (which `v.record` would take as an object of indices). */
export function record<TValue extends v.GenericSchema>(value: TValue) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input), 'an array where a record was expected'),
    v.record(v.string(), value),
  );
}
