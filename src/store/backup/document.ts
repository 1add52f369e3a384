import * as v from 'valibot';
import { ok, refuse, type Result } from '../../core/result';
import { readStored, record, STORED_SHAPES, type Envelope, type StoredShape, type StoredShapeName } from '../shapes';

/**
 * A backup: one JSON document with every stored shape's state, each in the envelope its own key
 * stores (`{ state, version }`, a library with its pages' texts inside), so a backup is read back
 * by the same `readStored` as storage is, and an older shape version in an old backup is upgraded
 * by the same steps. Nothing here knows any one shape: whatever `STORED_SHAPES` lists is in it.
 *
 * `schema` is the document's own version (the wrapper, not the shapes'): bumped only if this
 * wrapper changes.
 */
export const BACKUP_FORMAT = 'broadsheet-backup';
export const BACKUP_SCHEMA = 1;

/** Every stored shape's facts, by name: what a backup holds and a restore merges into. */
export type AllFacts = { [K in StoredShapeName]: (typeof STORED_SHAPES)[K]['defaults'] };

export interface BackupDocument {
  readonly format: typeof BACKUP_FORMAT;
  readonly schema: number;
  /** When it was made (ISO time). */
  readonly createdAt: string;
  readonly shapes: { readonly [K in StoredShapeName]: Envelope };
}

/** Why a file is not restored. Nothing is changed then. */
export type BackupRefusal =
  /** Not a gzip file at all. */
  | { readonly code: 'not-gzip' }
  /** gzip, but cut short or damaged, or not UTF-8 text inside. */
  | { readonly code: 'damaged' }
  /** The text inside is not JSON. */
  | { readonly code: 'not-json' }
  /** JSON, but not a Broadsheet backup. */
  | { readonly code: 'not-backup' }
  /** Written by a version of Broadsheet this one cannot read (a newer one): `schema` or a shape's version. */
  | { readonly code: 'version'; readonly detail: string }
  /** A Broadsheet backup whose content fails its schema. */
  | { readonly code: 'invalid'; readonly detail: string };

/** Every stored shape's facts in one backup document. */
export function buildBackup(facts: AllFacts, now: number): BackupDocument {
  const shapes = {} as Record<StoredShapeName, Envelope>;
  for (const name of Object.keys(STORED_SHAPES) as StoredShapeName[]) {
    shapes[name] = { state: facts[name], version: STORED_SHAPES[name].version };
  }
  return { format: BACKUP_FORMAT, schema: BACKUP_SCHEMA, createdAt: new Date(now).toISOString(), shapes };
}

const wrapper = v.object({
  format: v.literal(BACKUP_FORMAT),
  schema: v.pipe(v.number(), v.integer()),
  createdAt: v.string(),
  shapes: record(v.unknown()),
});

/**
 * A parsed backup document checked in full: the wrapper, then each shape's state against its
 * schema (upgraded first when an older version wrote it). A shape the backup does not have is
 * its defaults (nothing to add); a shape this app does not know means a newer app wrote it, and
 * the file is refused rather than partly restored.
 */
export function readBackup(json: unknown, now: number): Result<AllFacts, BackupRefusal> {
  const doc = v.safeParse(wrapper, json);
  if (!doc.success) return refuse({ code: 'not-backup' });
  const { schema, shapes } = doc.output;
  if (schema !== BACKUP_SCHEMA) return refuse({ code: 'version', detail: `schema ${schema}` });
  const unknown = Object.keys(shapes).filter((name) => !(name in STORED_SHAPES));
  if (unknown.length > 0) return refuse({ code: 'version', detail: unknown.join(', ') });
  const facts = {} as Record<StoredShapeName, unknown>;
  for (const name of Object.keys(STORED_SHAPES) as StoredShapeName[]) {
    const shape = STORED_SHAPES[name] as StoredShape<unknown>;
    if (!(name in shapes)) {
      facts[name] = shape.defaults;
      continue;
    }
    const read = readStored(shape, shapes[name] ?? {}, now);
    if (read.kind === 'unknown-version') return refuse({ code: 'version', detail: `${name} ${read.version}` });
    if (read.kind === 'corrupt') return refuse({ code: 'invalid', detail: `${name}: ${read.reason}` });
    if (read.kind === 'empty') return refuse({ code: 'invalid', detail: `${name}: empty` });
    if (read.dropped > 0) return refuse({ code: 'invalid', detail: `${name}: ${read.dropped} unreadable` });
    facts[name] = read.state;
  }
  return ok(facts as AllFacts);
}
