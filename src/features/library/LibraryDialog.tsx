import { useEffect, useId, useRef } from 'react';
import { useLibrary } from '../../store/library';
import { useT } from '../../shared/script/useScript';
import { formatBytes, useStorageUse } from '../../shared/storage-use';
import { BackupSection } from './BackupSection';
import { DropOverlay } from './DropOverlay';
import { FileEncoding } from './FileEncoding';
import { ImportForms } from './ImportForms';
import { ImportNotice } from './ImportNotice';
import { LibraryList } from './LibraryList';
import { setDialogOpen, useImportSession } from './import-session';
import { UndoToast } from './UndoToast';
import './library.css';

/**
 * The library as a modal dialog: import by pasting or choosing a file, the last file's encoding,
 * and every page (open, rename, delete). A native `<dialog>`: focus stays inside, Escape and the
 * close button close it, focus returns to the button that opened it.
 */
export function LibraryDialog({ dragging }: { dragging: boolean }) {
  const t = useT();
  const open = useImportSession((s) => s.dialogOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal library-dialog"
      aria-labelledby={titleId}
      data-testid="library-dialog"
      onClose={() => setDialogOpen(false)}
      // A click on the backdrop (the dialog box itself has no padding to click) closes it.
      onClick={(e) => e.target === e.currentTarget && setDialogOpen(false)}
    >
      {open && (
        <div className="library-dialog-body">
          <div className="library-dialog-head">
            <h2 id={titleId}>{t('libDialogTitle')}</h2>
            <button type="button" className="notice-dismiss" onClick={() => setDialogOpen(false)} aria-label={t('libClose')} title={t('libClose')}>
              ✕
            </button>
          </div>
          <section className="library-section">
            <h3>{t('libImportHeading')}</h3>
            <ImportForms />
            <ImportNotice withEncoding={false} />
            <LastFile />
          </section>
          <LibrarySection />
          <BackupSection />
          {dragging && <DropOverlay />}
        </div>
      )}
    </dialog>
  );
}

function LastFile() {
  const t = useT();
  const lastFile = useImportSession((s) => s.lastFile);
  const exists = useLibrary((s) => Boolean(lastFile && s.pages[lastFile.pageId]));
  if (!lastFile || !exists) return null;
  return (
    <div className="last-file">
      <h4>
        {t('libLastImport')}：<span className="last-file-name">{lastFile.fileName}</span>
      </h4>
      <FileEncoding file={lastFile} />
    </div>
  );
}

function LibrarySection() {
  const t = useT();
  const count = useLibrary((s) => Object.keys(s.pages).length + (s.sample ? 1 : 0));
  return (
    <section className="library-section">
      <h3>
        {t('libPagesHeading')}（{count}）
      </h3>
      <UndoToast focusOnShow />
      <LibraryList />
      <StorageUse />
    </section>
  );
}

/** How much of the browser's storage the app uses, as the browser estimates it. */
function StorageUse() {
  const t = useT();
  const use = useStorageUse();
  if (!use) return null;
  return (
    <p className="storage-use" data-testid="storage-use">
      {t('libStorageUse')}：{formatBytes(use.usage)}
      {use.quota > 0 && `（${t('libStorageQuota')} ${formatBytes(use.quota)}）`}
      {use.persisted && ` · ${t('libStoragePersisted')}`}
    </p>
  );
}
