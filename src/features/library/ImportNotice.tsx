import { findPage, useLibrary } from '../../store/library';
import { useScript, useT } from '../../shared/script/useScript';
import { FileEncoding } from './FileEncoding';
import { dismissOutcome, useImportSession } from './import-session';
import { usePageDisplay } from './usePageDisplay';
import './notices.css';

/**
 * What became of the last import: refused (why, in the reader's script, and that the library is
 * unchanged) or imported (the page's title, any notes, and — with `withEncoding` — the file's
 * encoding with a menu to change it).
 */
export function ImportNotice({ withEncoding }: { withEncoding: boolean }) {
  const t = useT();
  const script = useScript();
  const outcome = useImportSession((s) => s.outcome);
  const lastFile = useImportSession((s) => s.lastFile);
  const page = useLibrary((s) => (outcome?.kind === 'imported' ? findPage(s, outcome.pageId) : undefined));
  const display = usePageDisplay(page?.source);
  const dismiss = (
    <button type="button" className="notice-dismiss" onClick={dismissOutcome} aria-label={t('libClose')} title={t('libClose')}>
      ✕
    </button>
  );

  if (outcome?.kind === 'refused') {
    const name = outcome.fileName ? `「${outcome.fileName}」` : '';
    return (
      <div className="import-notice import-refused" role="alert" data-testid="import-message" data-problem={outcome.problem.code}>
        <div>
          <strong>
            {t('libRefused')}
            {name}
          </strong>
          <p>{outcome.problem.message[script]}</p>
          <p className="import-notice-aside">{t('libUnchanged')}</p>
        </div>
        {dismiss}
      </div>
    );
  }
  if (!outcome || !page) return null;
  return (
    <div className="import-notice" role="status" data-testid="import-message" data-page-id={page.id}>
      <div>
        <strong>
          {t('libImported')}「{display(page.title)}」
        </strong>
        {outcome.notes.map((note) => (
          <p key={note.code} className="import-note" data-problem={note.code}>
            {note.message[script]}
          </p>
        ))}
        {withEncoding && lastFile?.pageId === page.id && <FileEncoding file={lastFile} />}
      </div>
      {dismiss}
    </div>
  );
}
