import type { BackupRefusal, Tally } from '../../store/backup';
import { download } from '../../shared/download';
import { useLibrary } from '../../store/library';
import { useImportSession } from './import-session';

/** Backing up and restoring load their code on first use: most visits never do either. */
const backup = () => import('../../store/backup/restore');

/** Saves the whole library as a backup file (downloaded); returns its name. */
export async function backUpLibrary(): Promise<string> {
  const start = performance.now();
  const { exportLibrary } = await backup();
  const { blob, fileName } = await exportLibrary();
  // For `npm run bench` and the performance panel: every store read, compressed, handed over.
  performance.measure('broadsheet:backup-export', { start, detail: { bytes: blob.size } });
  download(blob, fileName);
  return fileName;
}

/** Restores a backup file into the library (merging: see `planRestore`): what it added, or why it changed nothing. */
export async function restoreFromFile(file: File): Promise<{ ok: true; data: Tally } | { ok: false; reason: BackupRefusal }> {
  const start = performance.now();
  // A file that can't be read (a folder, a revoked permission) is as good as empty: refused as such.
  const bytes = new Uint8Array(await file.arrayBuffer().catch(() => new ArrayBuffer(0)));
  const { restoreLibrary } = await backup();
  const result = await restoreLibrary(bytes);
  performance.measure('broadsheet:backup-restore', { start, detail: { bytes: bytes.length } });
  // A deleted page the backup brought back: its undo would put an older copy over it.
  const { deleted } = useImportSession.getState();
  if (result.ok && deleted && useLibrary.getState().pages[deleted.page.id]) useImportSession.setState({ deleted: undefined });
  return result;
}
