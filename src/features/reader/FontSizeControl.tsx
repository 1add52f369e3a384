import { FONT_SIZES, usePrefs } from '../../store/prefs';
import { useT } from '../../shared/script/useScript';

/** A− / A+ for the reading font size (persisted with the other preferences). */
export function FontSizeControl() {
  const t = useT();
  const size = usePrefs((s) => s.fontSize);
  const setSize = usePrefs((s) => s.setFontSize);
  const index = FONT_SIZES.findIndex((s) => s >= size);
  const step = (d: number) => setSize(FONT_SIZES[Math.max(0, Math.min(FONT_SIZES.length - 1, index + d))] ?? size);
  return (
    <span className="font-size" role="group" aria-label={t('fontSize')}>
      <button type="button" onClick={() => step(-1)} aria-label={t('fontSmaller')} disabled={index <= 0}>
        A−
      </button>
      <span className="font-size-value" aria-live="polite">
        {size}px
      </span>
      <button type="button" onClick={() => step(1)} aria-label={t('fontLarger')} disabled={index >= FONT_SIZES.length - 1}>
        A+
      </button>
    </span>
  );
}
