import { useRef } from 'react';
import { useLingering } from '../../shared/useLingering';
import { dismissOutcome, useImportSession } from './import-session';
import { ImportNotice } from './ImportNotice';
import { UndoToast } from './UndoToast';

/**
 * The import and undo notices, floating above the page while the dialog is closed. A plain
 * success fades out of the way; a refusal or a note stays until dismissed (the dialog keeps the
 * encoding choice for the last file either way).
 */
export function Toasts() {
  const box = useRef<HTMLDivElement>(null);
  const outcome = useImportSession((s) => s.outcome);
  // A plain success goes after five seconds unless hovered or focused; a refusal or a note stays.
  useLingering(box, outcome?.kind === 'imported' && outcome.notes.length === 0, dismissOutcome);
  return (
    <div className="toasts" ref={box}>
      <ImportNotice withEncoding />
      <UndoToast />
    </div>
  );
}
