import { useEffect, useRef } from 'react';
import { restorePage, type DeletedPage } from '../../store/rules';
import { useT } from '../../shared/script/useScript';
import { useImportSession } from './import-session';
import { usePageDisplay } from './usePageDisplay';
import './notices.css';

/** How long the offer to undo a deletion stays. */
const UNDO_MS = 15_000;

/** Deletions whose undo button has had focus once, so a re-mount doesn't take focus again. */
const focused = new WeakSet<DeletedPage>();

/**
 * "Deleted 「title」 — Undo": restores the page, its corrections and its chart choices exactly as they were. With
 * `focusOnShow` (in the dialog, where the deleted row and its focused button just vanished) the
 * undo button takes focus.
 */
export function UndoToast({ focusOnShow = false }: { focusOnShow?: boolean }) {
  const t = useT();
  const deleted = useImportSession((s) => s.deleted);
  const display = usePageDisplay(deleted?.page.source);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusOnShow || !deleted || focused.has(deleted)) return;
    focused.add(deleted);
    button.current?.focus();
  }, [deleted, focusOnShow]);
  useEffect(() => {
    if (!deleted) return;
    const timer = window.setTimeout(() => useImportSession.setState({ deleted: undefined }), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [deleted]);
  if (!deleted) return null;
  const undo = () => {
    restorePage(deleted);
    useImportSession.setState({ deleted: undefined });
  };
  return (
    <div className="undo-toast" role="status" data-testid="undo-toast">
      <span>
        {t('libDeleted')}「{display(deleted.page.title)}」
      </span>
      <button type="button" ref={button} data-testid="undo-delete" onClick={undo}>
        ↶ {t('undo')}
      </button>
    </div>
  );
}
