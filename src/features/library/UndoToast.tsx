import { useCallback, useEffect, useRef } from 'react';
import { useLingering } from '../../shared/useLingering';
import { restorePage, type DeletedPage } from '../../store/rules';
import { useT } from '../../shared/script/useScript';
import { useImportSession } from './import-session';
import { usePageDisplay } from './usePageDisplay';
import './notices.css';

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
  const box = useRef<HTMLDivElement>(null);
  const dismiss = useCallback(() => useImportSession.setState({ deleted: undefined }), []);
  useEffect(() => {
    if (!focusOnShow || !deleted || focused.has(deleted)) return;
    focused.add(deleted);
    button.current?.focus();
  }, [deleted, focusOnShow]);
  // The offer stays five seconds, and as long as the reader's pointer or focus is on it.
  useLingering(box, deleted !== undefined, dismiss);
  if (!deleted) return null;
  const undo = () => {
    restorePage(deleted);
    useImportSession.setState({ deleted: undefined });
  };
  return (
    <div className="undo-toast" role="status" data-testid="undo-toast" ref={box}>
      <span>
        {t('libDeleted')}「{display(deleted.page.title)}」
      </span>
      <button type="button" ref={button} data-testid="undo-delete" onClick={undo}>
        ↶ {t('undo')}
      </button>
      <button type="button" className="notice-dismiss" onClick={dismiss} aria-label={t('libClose')} title={t('libClose')}>
        ✕
      </button>
    </div>
  );
}
