import { useEffect, useMemo, useRef, useState } from 'react';
import { navigate } from '../../shared/router';
import { grouped } from '../../core/figures/format';
import { codePointLength } from '../../core/text/code-points';
import { SAMPLE_PAGE_ID, useLibrary, type StoredPage } from '../../store/library';
import { deletePage } from '../../store/rules';
import { formatDateTime } from '../../shared/date-format';
import { useScript, useT } from '../../shared/script/useScript';
import { encodingShortName } from './encodings';
import { setDialogOpen, useImportSession } from './import-session';
import { usePageDisplay } from './usePageDisplay';

/** One page of the library: open it, rename it in place, delete it (with an undo offer). */
export function LibraryItem({ page, current }: { page: StoredPage; current: boolean }) {
  const t = useT();
  const script = useScript();
  const display = usePageDisplay(page.source);
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const chars = useMemo(() => codePointLength(page.source), [page.source]);
  const isSample = page.id === SAMPLE_PAGE_ID;
  const title = display(page.title);

  // Back from renaming: focus returns to the button that started it.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const date = isSample ? t('libBuiltIn') : formatDateTime(page.addedAt, script);
  // Grouped as the app groups every figure (what zh-HK and zh-CN write), with no Intl formatter a row.
  const size = `${grouped(chars)} ${t('libChars')}`;
  const open = () => {
    setDialogOpen(false);
    navigate({ pageId: page.id });
  };
  const remove = () => {
    const deleted = deletePage(page.id);
    if (deleted) useImportSession.setState({ deleted });
  };

  return (
    <li data-testid="library-item" data-page-id={page.id} className={current ? 'library-item current' : 'library-item'}>
      {editing ? (
        <RenameForm page={page} onDone={() => setEditing(false)} />
      ) : (
        <button type="button" className="library-open" onClick={open} aria-current={current ? 'page' : undefined}>
          <span className="library-title" data-testid="library-title">
            {title}
          </span>
          <span className="library-meta">
            {current && <span className="library-badge">{t('libReading')}</span>}
            {date} · {size}
            {page.encoding ? ` · ${encodingShortName(page.encoding)}` : ''}
          </span>
        </button>
      )}
      {!isSample && !editing && (
        <span className="library-actions">
          <button type="button" ref={renameButton} onClick={() => setEditing(true)} aria-label={`${t('libRename')}：${title}`}>
            {t('libRename')}
          </button>
          <button type="button" data-testid="library-delete" onClick={remove} aria-label={`${t('libDelete')}：${title}`}>
            {t('libDelete')}
          </button>
        </span>
      )}
    </li>
  );
}

/** The title as an input: Enter saves, Escape cancels (without closing the dialog). */
function RenameForm({ page, onDone }: { page: StoredPage; onDone: () => void }) {
  const t = useT();
  const [value, setValue] = useState(page.title);
  return (
    <form
      className="library-rename"
      onSubmit={(e) => {
        e.preventDefault();
        useLibrary.getState().renamePage(page.id, value);
        onDone();
      }}
    >
      <input
        aria-label={t('libRenameLabel')}
        data-testid="library-rename-input"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault(); // a modal dialog closes on Escape: this one only ends the renaming
          e.stopPropagation();
          onDone();
        }}
        autoFocus
      />
      <button type="submit">{t('libSave')}</button>
      <button type="button" onClick={onDone}>
        {t('libCancel')}
      </button>
    </form>
  );
}
