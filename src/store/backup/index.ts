/**
 * Backing up every stored shape to one file and restoring it by merging. The pure parts (the
 * document, the checks, the merge plan) are here; the stores' side loads on demand from
 * `./restore` (it imports every store).
 */
export { BACKUP_FORMAT, BACKUP_SCHEMA, buildBackup, readBackup, type AllFacts, type BackupDocument, type BackupRefusal } from './document';
export { backupFileName, decodeBackup, encodeBackup } from './file';
export { matchPages, planRestore, TALLY_KINDS, type RestorePlan, type Tally, type TallyKind } from './merge';
export { BACKUP_MERGES } from './merges';
