import { useRef } from 'react';
import { useLingering } from '../../shared/useLingering';
import { lapseNotice, useImportSession } from './import-session';
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
  const lapsed = useImportSession((s) => s.noticeLapsed);
  // A plain success goes after five seconds unless hovered or focused; a refusal or a note stays.
  // (The dialog keeps saying what the last import did.)
  useLingering(box, outcome?.kind === 'imported' && outcome.notes.length === 0, lapseNotice);
  return (
    <div className="toasts" ref={box}>
      {!lapsed && <ImportNotice withEncoding />}
      <UndoToast />
    </div>
  );
}
