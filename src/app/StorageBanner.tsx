import { useStorageStatus } from '../store/storage-status';
import { useT } from '../shared/script/useScript';

/** Says plainly when what the reader saves can't reach the browser's storage. */
export function StorageBanner() {
  const t = useT();
  const problem = useStorageStatus((s) => s.problem);
  const dismiss = useStorageStatus((s) => s.dismiss);
  if (!problem) return null;
  return (
    <div className="banner" role="status">
      <span>{problem === 'corrupt' ? t('storageCorrupt') : t('storageUnavailable')}</span>
      <button type="button" onClick={dismiss} aria-label="OK">
        ✕
      </button>
    </div>
  );
}
