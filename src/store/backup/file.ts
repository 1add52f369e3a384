import { ok, refuse, type Result } from '../../core/result';
import { readBackup, type AllFacts, type BackupDocument, type BackupRefusal } from './document';

/**
 * A backup as a file: its JSON, gzip-compressed with the browser's own `CompressionStream` (no
 * library), and read back with `DecompressionStream`. Reading checks everything before anything
 * is returned, so a refused file changes nothing.
 */

/** `broadsheet-backup-2026-12-03.json.gz`, by the local calendar day. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `broadsheet-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json.gz`;
}

/** The document as a gzip-compressed JSON file. */
export async function encodeBackup(doc: BackupDocument): Promise<Blob> {
  const json = new Blob([JSON.stringify(doc)], { type: 'application/json' });
  const gzipped = await new Response(json.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  return new Blob([gzipped], { type: 'application/gzip' });
}

/** A file's bytes read as a backup: un-gzipped, decoded, parsed and checked in full. */
export async function decodeBackup(bytes: Uint8Array, now: number): Promise<Result<AllFacts, BackupRefusal>> {
  // gzip's magic number (RFC 1952): anything else is not a backup, whatever its name says.
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return refuse({ code: 'not-gzip' });
  let text: string;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    // A stream cut short or with a bad checksum rejects here; `fatal` refuses bytes that are not UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
  } catch {
    return refuse({ code: 'damaged' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  const read = readBackup(json, now);
  return read.ok ? ok(read.data) : read;
}
