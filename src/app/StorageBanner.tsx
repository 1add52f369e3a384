import { useStorageStatus } from '../store/storage-status';
import { useT } from '../shared/script/useScript';

const MESSAGE = { corrupt: 'storageCorrupt', newer: 'storageNewer', full: 'storageUnavailable', unavailable: 'storageUnavailable' } as const;

/** Says plainly when what the reader saves can't reach the browser's storage. */
export function StorageBanner() {
  const t = useT();
  const problem = useStorageStatus((s) => s.problem);
  const dismiss = useStorageStatus((s) => s.dismiss);
  if (!problem) return null;
  return (
    <div className="banner" role="status">
      <span>{t(MESSAGE[problem])}</span>
      <button type="button" onClick={dismiss} aria-label="OK">
        ✕
      </button>
    </div>
  );
}
