import { Suspense, useEffect } from 'react';
import { useT } from '../../shared/script/useScript';
import { DropOverlay } from './DropOverlay';
import { setDialogOpen, useImportSession } from './import-session';
import { importDropped, LibraryDialog, preloadImport, Toasts } from './lazy-parts';
import { SearchBox } from './SearchBox';
import { useFileDrop } from './useFileDrop';
import './library.css';

/**
 * The library's controls in the top bar: search, the button that opens the library dialog, and
 * what the window shows around them — the drop overlay and the import and undo notices. While
 * the modal dialog is open the rest of the page is inert, so those render inside it instead.
 */
export function LibraryBar() {
  const t = useT();
  const open = useImportSession((s) => s.dialogOpen);
  const noticed = useImportSession((s) => (s.outcome !== undefined && !s.noticeLapsed) || s.deleted !== undefined);
  const dragging = useFileDrop(importDropped);
  useEffect(() => {
    if (open || dragging) preloadImport();
  }, [open, dragging]);
  return (
    <>
      <SearchBox />
      <button
        type="button"
        className="library-button"
        data-testid="library-open"
        aria-haspopup="dialog"
        aria-label={t('libOpen')}
        title={t('libOpen')}
        onClick={() => setDialogOpen(true)}
      >
        <LibraryIcon />
        <span className="library-button-text">{t('library')}</span>
      </button>
      {/* Two boundaries: the notices' chunk arriving must never hide (or hold open) the modal dialog. */}
      <Suspense fallback={null}>{(open || dragging || noticed) && <LibraryDialog dragging={dragging} />}</Suspense>
      <Suspense fallback={null}>{!open && noticed && <Toasts />}</Suspense>
      {!open && dragging && <DropOverlay />}
    </>
  );
}

/** Books on a shelf. */
function LibraryIcon() {
  return (
    <svg className="library-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M4 4h3v16H4zM9 4h3v16H9zM14.2 5.2l2.9-.8 3.6 13.5-2.9.8z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
