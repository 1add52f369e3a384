import { useEffect, useRef } from 'react';
import { dismissOutcome, useImportSession } from './import-session';
import { ImportNotice } from './ImportNotice';
import { UndoToast } from './UndoToast';

/** How long a plain "imported" notice stays over the page (while not hovered or focused). */
const NOTICE_MS = 12_000;

/**
 * The import and undo notices, floating above the page while the dialog is closed. A plain
 * success fades out of the way; a refusal or a note stays until dismissed (the dialog keeps the
 * encoding choice for the last file either way).
 */
export function Toasts() {
  const box = useRef<HTMLDivElement>(null);
  const outcome = useImportSession((s) => s.outcome);
  useEffect(() => {
    if (outcome?.kind !== 'imported' || outcome.notes.length > 0) return;
    const timer = window.setInterval(() => {
      if (!box.current?.matches(':hover, :focus-within')) dismissOutcome();
    }, NOTICE_MS);
    return () => window.clearInterval(timer);
  }, [outcome]);
  return (
    <div className="toasts" ref={box}>
      <ImportNotice withEncoding />
      <UndoToast />
    </div>
  );
}
