import { useCallback, useRef } from 'react';
import { useLingering } from '../../shared/useLingering';
import { useT } from '../../shared/script/useScript';
import { useHighlights } from '../../store/highlights';
import { useHighlightUi } from './highlight-ui';

/**
 * "Highlight deleted — Undo", as a deleted page's offer: it stays five seconds, and as long as
 * the pointer or focus is on it; undo puts the highlight back exactly as it was, note and all.
 */
export function HighlightUndoToast() {
  const t = useT();
  const deleted = useHighlightUi((s) => s.deleted);
  const box = useRef<HTMLDivElement>(null);
  const dismiss = useCallback(() => useHighlightUi.setState({ deleted: undefined }), []);
  useLingering(box, deleted !== undefined, dismiss);
  if (!deleted) return null;
  const undo = () => {
    useHighlights.getState().putBack([deleted]);
    dismiss();
  };
  return (
    <div className="highlight-toast undo-toast" role="status" data-testid="highlight-undo-toast" ref={box}>
      <span>{t('hlDeleted')}</span>
      <button type="button" data-testid="undo-highlight-delete" onClick={undo}>
        ↶ {t('undo')}
      </button>
      <button type="button" className="notice-dismiss" onClick={dismiss} aria-label={t('hlClose')} title={t('hlClose')}>
        ✕
      </button>
    </div>
  );
}
