import { useT } from '../../shared/script/useScript';
import './notices.css';

/** Shown while a file is dragged over the window: where it will go, and that letting go imports it. */
export function DropOverlay() {
  const t = useT();
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <span className="drop-overlay-icon">⇣</span>
        {t('libDropHere')}
      </div>
    </div>
  );
}
