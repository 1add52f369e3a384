import { useAppUpdate } from '../store/app-update';
import { useT } from '../shared/script/useScript';

/** "A new version is ready": reloads only when the reader says so. */
export function UpdatePrompt() {
  const t = useT();
  const ready = useAppUpdate((s) => s.ready && !s.dismissed);
  const apply = useAppUpdate((s) => s.apply);
  const dismiss = useAppUpdate((s) => s.dismiss);
  if (!ready) return null;
  return (
    <div className="banner update-banner" role="status" data-testid="update-prompt">
      <span>{t('updateReady')}</span>
      <button type="button" onClick={apply}>
        {t('updateReload')}
      </button>
      <button type="button" onClick={dismiss}>
        {t('updateLater')}
      </button>
    </div>
  );
}
