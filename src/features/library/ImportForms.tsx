import { useId, useState } from 'react';
import { useT } from '../../shared/script/useScript';
import './forms.css';
import { importFile, importText } from './import-actions';
import { useImportSession } from './import-session';

/** The two ways in from the dialog: paste a page's text, or choose a file (dropping works anywhere). */
export function ImportForms() {
  const t = useT();
  const busy = useImportSession((s) => s.busy);
  const [text, setText] = useState('');
  const pasteId = useId();
  const fileId = useId();
  const hintId = useId();
  return (
    <div className="import-forms">
      <form
        className="import-paste"
        onSubmit={(e) => {
          e.preventDefault();
          void importText(text, t('libPastedTitle')).then((done) => done && setText(''));
        }}
      >
        <label htmlFor={pasteId}>{t('libPasteLabel')}</label>
        <textarea
          id={pasteId}
          data-testid="import-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          placeholder={t('libPastePlaceholder')}
          spellCheck={false}
        />
        <button type="submit" className="import-submit" data-testid="import-submit" disabled={busy}>
          {t('libPasteSubmit')}
        </button>
      </form>
      <div className="import-file">
        {/* The native input stays (keyboard, screen readers, tests); its label is the visible button. */}
        <input
          id={fileId}
          type="file"
          className="file-input"
          data-testid="import-file"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file may be chosen again
            if (file) void importFile(file);
          }}
        />
        <label htmlFor={fileId} className="file-button">
          {t('libFileLabel')}…
        </label>
        <p id={hintId} className="import-hint">
          {t('libFileHint')}
        </p>
      </div>
    </div>
  );
}
