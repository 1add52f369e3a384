import { create } from 'zustand';
import type { DecodeReport } from '../../core/library';
import type { ImportProblem } from '../../core/import';
import type { DeletedPage } from '../../store/rules';

/** What became of the last import, for the reader to see (and, for a file, correct). */
export type ImportOutcome =
  | {
      readonly kind: 'imported';
      readonly pageId: string;
      /** Absent for pasted text. A file's encoding is in `lastFile` (it can change). */
      readonly fileName?: string;
      /** Problems that did not stop the import, or why a re-decode was refused. */
      readonly notes: readonly ImportProblem[];
    }
  | { readonly kind: 'refused'; readonly fileName?: string; readonly problem: ImportProblem };

/** The last imported file's bytes, kept for this session only, so a re-decode needs no re-pick. */
export interface LastFile {
  readonly pageId: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The title the text gave (as stored): a page still so named is renamed when a re-decode changes it. */
  readonly derivedTitle: string;
  /** How the bytes were last decoded: chosen by `decodeBytes`, or imposed by the reader. */
  readonly decode: DecodeReport;
  /** The reader chose the encoding (rather than `decodeBytes`). */
  readonly imposed: boolean;
}

interface ImportSession {
  dialogOpen: boolean;
  /** A file is being read or decoded. */
  busy: boolean;
  outcome: ImportOutcome | undefined;
  /** The last outcome's notice over the page has gone (the dialog still shows the outcome). */
  noticeLapsed: boolean;
  lastFile: LastFile | undefined;
  /** The page last deleted, until it is restored or the offer lapses. */
  deleted: DeletedPage | undefined;
}

/**
 * Session state of the library UI: not facts worth keeping (those are in `useLibrary`), only what
 * this visit needs — the dialog, the last outcome, the bytes for a re-decode, the undo offer.
 */
export const useImportSession = create<ImportSession>()(() => ({
  dialogOpen: false,
  busy: false,
  outcome: undefined,
  noticeLapsed: false,
  lastFile: undefined,
  deleted: undefined,
}));

export const setDialogOpen = (dialogOpen: boolean) => useImportSession.setState({ dialogOpen });
export const dismissOutcome = () => useImportSession.setState({ outcome: undefined });
/** The notice over the page goes; the dialog keeps saying what the last import did. */
export const lapseNotice = () => useImportSession.setState({ noticeLapsed: true });
