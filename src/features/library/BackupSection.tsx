import { useId, useState } from 'react';
import type { UiKey } from '../../core/ui/strings';
import type { BackupRefusal, Tally, TallyKind } from '../../store/backup';
import { useT } from '../../shared/script/useScript';
import { backUpLibrary, restoreFromFile } from './backup-actions';
import './backup.css';

type Outcome =
  | { readonly kind: 'busy' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'restored'; readonly tally: Tally }
  | { readonly kind: 'refused'; readonly reason: BackupRefusal; readonly fileName: string };

/** What each count is called, in the order a restore reports them. */
const TALLY_WORDS: ReadonlyArray<readonly [TallyKind, UiKey]> = [
  ['pages', 'tallyPages'],
  ['stocks', 'tallyStocks'],
  ['notes', 'tallyNotes'],
  ['highlights', 'tallyHighlights'],
  ['corrections', 'tallyCorrections'],
  ['dates', 'tallyDates'],
  ['chartChoices', 'tallyChartChoices'],
  ['settings', 'tallySettings'],
  ['updated', 'tallyUpdated'],
];

const REFUSALS: Record<BackupRefusal['code'], UiKey> = {
  'not-gzip': 'backupNotGzip',
  damaged: 'backupDamaged',
  'not-json': 'backupNotJson',
  'not-backup': 'backupNotBackup',
  version: 'backupVersion',
  invalid: 'backupInvalid',
};

/**
 * Back up the whole library to one file, and restore one: a restore merges (adds what is missing,
 * keeps the later of two edits, deletes nothing) and says what it added, or why it changed nothing.
 */
export function BackupSection() {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>();
  const fileId = useId();
  const busy = outcome?.kind === 'busy';

  const backUp = async () => {
    setOutcome({ kind: 'busy' });
    setOutcome({ kind: 'saved', fileName: await backUpLibrary() });
  };
  const restore = async (file: File) => {
    setOutcome({ kind: 'busy' });
    const result = await restoreFromFile(file);
    setOutcome(result.ok ? { kind: 'restored', tally: result.data } : { kind: 'refused', reason: result.reason, fileName: file.name });
  };

  return (
    <section className="library-section backup-section">
      <h3>{t('backupHeading')}</h3>
      <p className="import-hint">{t('backupHint')}</p>
      <div className="backup-actions">
        <button type="button" data-testid="library-export" disabled={busy} onClick={() => void backUp()}>
          {t('backupExport')}
        </button>
        <input
          id={fileId}
          type="file"
          className="file-input"
          data-testid="library-restore"
          accept=".gz,application/gzip"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file may be chosen again
            if (file) void restore(file);
          }}
        />
        <label htmlFor={fileId} className="file-button">
          {t('backupRestore')}
        </label>
      </div>
      {outcome && <BackupNotice outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
    </section>
  );
}

function BackupNotice({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const t = useT();
  if (outcome.kind === 'busy') return <p className="backup-busy" role="status">{t('backupWorking')}</p>;
  const dismiss = (
    <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label={t('libClose')} title={t('libClose')}>
      ✕
    </button>
  );
  if (outcome.kind === 'refused') {
    return (
      <div className="import-notice import-refused" role="alert" data-testid="backup-message" data-outcome="refused" data-problem={outcome.reason.code}>
        <div>
          <strong>
            {t('backupRefused')}「{outcome.fileName}」
          </strong>
          <p>{t(REFUSALS[outcome.reason.code])}</p>
          <p className="import-notice-aside">{t('backupUnchanged')}</p>
        </div>
        {dismiss}
      </div>
    );
  }
  if (outcome.kind === 'saved') {
    return (
      <div className="import-notice" role="status" data-testid="backup-message" data-outcome="saved">
        <div>
          <strong>{t('backupSaved')}</strong>
          <p className="backup-file-name">{outcome.fileName}</p>
        </div>
        {dismiss}
      </div>
    );
  }
  const counts = TALLY_WORDS.filter(([kind]) => outcome.tally[kind]).map(([kind, word]) => {
    const n = outcome.tally[kind]!;
    return kind === 'settings' ? t(word) : `${n} ${t(word)}`;
  });
  return (
    <div className="import-notice" role="status" data-testid="backup-message" data-outcome="restored">
      <div>
        <strong>{t('backupRestored')}</strong>
        <p>{counts.length > 0 ? `${t('backupAdded')}：${counts.join('、')}` : t('backupNothingNew')}</p>
      </div>
      {dismiss}
    </div>
  );
}
